// Generated from schemas/ingest-entry.schema.json by `npm run build:validators`
// (infra/schema-validators.ts): do not edit. test/unit/domain/schema-validators.test.ts fails
// when it no longer matches the schema.
import runtime0Module from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats as runtime1 } from 'ajv-formats/dist/formats.js';
const runtime0 = runtime0Module.default ?? runtime0Module;
export const validate = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:council-papers:schema:ingest-entry","title":"Ingest entry","description":"One ingest attempt and its outcome; for a rejected upload, the report saying why.","type":"object","additionalProperties":false,"required":["at","bucket","key","eventName","sequencer","outcome","kind","id","version","sha256","size","mediaType","reason","reportKey"],"properties":{"at":{"type":"string","format":"date-time"},"bucket":{"type":"string","minLength":1},"key":{"type":"string","minLength":1},"eventName":{"type":"string"},"sequencer":{"type":"string"},"outcome":{"enum":["accepted","duplicate","rejected","skipped","withdrawn","taken-down"]},"kind":{"enum":["paper","dataset",null]},"id":{"type":["string","null"]},"version":{"type":["integer","null"],"minimum":1},"sha256":{"type":["string","null"],"pattern":"^[0-9a-f]{64}$"},"size":{"type":["integer","null"],"minimum":0},"mediaType":{"type":["string","null"]},"reason":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["code","message"],"properties":{"code":{"enum":["empty","too-large","unsupported-type","undecodable-text","no-text-layer","scan-too-long","unreadable-document","invalid-dataset","invalid-id","invalid-record","reader-failed","id-taken","derived-record","invalid-replaces","outside-upload-areas","object-gone","object-changed","not-found","already-withdrawn","stale-removal","removed-elsewhere","data-package","not-enabled","sidecar-schema","workbook","empty-sheet","withdrawal","takedown"]},"message":{"type":"string","minLength":1}}}]},"reportKey":{"type":["string","null"],"description":"For datasets: the archived validation report (Frictionless shape), also for a rejected upload."},"uploadedBy":{"type":["string","null"],"description":"Who made the change: an upload's x-amz-meta-uploaded-by (else the S3 principal), a deletion's S3 principal, or the officer or operator who withdrew or took down a record (absent on entries logged before it existed)."},"read":{"description":"Papers: what ingest read, for the officer to check (absent on entries logged before it existed).","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["documentType","title","body","meetingDate","items","attendees","decisions","warnings"],"properties":{"documentType":{"type":"string"},"title":{"type":["string","null"]},"body":{"type":["string","null"]},"meetingDate":{"type":["string","null"],"format":"date"},"items":{"type":"integer","minimum":0},"attendees":{"type":"integer","minimum":0},"decisions":{"type":"integer","minimum":0},"warnings":{"type":"array","items":{"type":"string"}}}}]}},"allOf":[{"if":{"properties":{"outcome":{"enum":["rejected","skipped"]}}},"then":{"properties":{"reason":{"type":"object"}}}},{"if":{"properties":{"outcome":{"enum":["accepted","duplicate"]}}},"then":{"properties":{"reason":{"type":"null"},"version":{"type":"integer"}}}},{"if":{"properties":{"outcome":{"enum":["withdrawn","taken-down"]}}},"then":{"description":"A withdrawal or takedown someone asked for says why (code withdrawal or takedown); a deleted upload's says nothing here (its tombstone does).","properties":{"version":{"type":"integer"}}}}]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0;
const formats0 = runtime1["date-time"];
const formats2 = runtime1.date;
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:council-papers:schema:ingest-entry" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outcome !== undefined){
let data0 = data.outcome;
if(!((data0 === "rejected") || (data0 === "skipped"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason !== undefined){
let data1 = data.reason;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err1 = {instancePath:instancePath+"/reason",schemaPath:"#/allOf/0/then/properties/reason/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.reason = true;
props0.outcome = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outcome !== undefined){
let data2 = data.outcome;
if(!((data2 === "accepted") || (data2 === "duplicate"))){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason !== undefined){
if(data.reason !== null){
const err4 = {instancePath:instancePath+"/reason",schemaPath:"#/allOf/1/then/properties/reason/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.version !== undefined){
let data4 = data.version;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/allOf/1/then/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.reason = true;
props1.version = true;
props1.outcome = true;
}
}
if(!valid4){
const err6 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs18 = errors;
let valid7 = true;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outcome !== undefined){
let data5 = data.outcome;
if(!((data5 === "withdrawn") || (data5 === "taken-down"))){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid2 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version !== undefined){
let data6 = data.version;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/version",schemaPath:"#/allOf/2/then/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid2 = _errs21 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.version = true;
props2.outcome = true;
}
}
if(!valid7){
const err9 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.bucket === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.key === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.eventName === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventName"},message:"must have required property '"+"eventName"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.sequencer === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequencer"},message:"must have required property '"+"sequencer"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.outcome === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.kind === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.id === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.version === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.sha256 === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.size === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.mediaType === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mediaType"},message:"must have required property '"+"mediaType"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.reason === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.reportKey === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reportKey"},message:"must have required property '"+"reportKey"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err24 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.at !== undefined){
let data7 = data.at;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err25 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.bucket !== undefined){
let data8 = data.bucket;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err27 = {instancePath:instancePath+"/bucket",schemaPath:"#/properties/bucket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/bucket",schemaPath:"#/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.key !== undefined){
let data9 = data.key;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err29 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.eventName !== undefined){
if(typeof data.eventName !== "string"){
const err31 = {instancePath:instancePath+"/eventName",schemaPath:"#/properties/eventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.sequencer !== undefined){
if(typeof data.sequencer !== "string"){
const err32 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.outcome !== undefined){
let data12 = data.outcome;
if(!((((((data12 === "accepted") || (data12 === "duplicate")) || (data12 === "rejected")) || (data12 === "skipped")) || (data12 === "withdrawn")) || (data12 === "taken-down"))){
const err33 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema31.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.kind !== undefined){
let data13 = data.kind;
if(!(((data13 === "paper") || (data13 === "dataset")) || (data13 === null))){
const err34 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.id !== undefined){
let data14 = data.id;
if((typeof data14 !== "string") && (data14 !== null)){
const err35 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema31.properties.id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.version !== undefined){
let data15 = data.version;
if((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (data15 !== null)){
const err36 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: schema31.properties.version.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err37 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.sha256 !== undefined){
let data16 = data.sha256;
if((typeof data16 !== "string") && (data16 !== null)){
const err38 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: schema31.properties.sha256.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
const err39 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.size !== undefined){
let data17 = data.size;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (data17 !== null)){
const err40 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: schema31.properties.size.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err41 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data.mediaType !== undefined){
let data18 = data.mediaType;
if((typeof data18 !== "string") && (data18 !== null)){
const err42 = {instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/type",keyword:"type",params:{type: schema31.properties.mediaType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.reason !== undefined){
let data19 = data.reason;
const _errs48 = errors;
let valid11 = false;
let passing0 = null;
const _errs49 = errors;
if(data19 !== null){
const err43 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid3 = _errs49 === errors;
if(_valid3){
valid11 = true;
passing0 = 0;
}
const _errs51 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.code === undefined){
const err44 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/oneOf/1/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data19.message === undefined){
const err45 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/oneOf/1/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key1 in data19){
if(!((key1 === "code") || (key1 === "message"))){
const err46 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data19.code !== undefined){
let data20 = data19.code;
if(!((((((((((((((((((((((((((((data20 === "empty") || (data20 === "too-large")) || (data20 === "unsupported-type")) || (data20 === "undecodable-text")) || (data20 === "no-text-layer")) || (data20 === "scan-too-long")) || (data20 === "unreadable-document")) || (data20 === "invalid-dataset")) || (data20 === "invalid-id")) || (data20 === "invalid-record")) || (data20 === "reader-failed")) || (data20 === "id-taken")) || (data20 === "derived-record")) || (data20 === "invalid-replaces")) || (data20 === "outside-upload-areas")) || (data20 === "object-gone")) || (data20 === "object-changed")) || (data20 === "not-found")) || (data20 === "already-withdrawn")) || (data20 === "stale-removal")) || (data20 === "removed-elsewhere")) || (data20 === "data-package")) || (data20 === "not-enabled")) || (data20 === "sidecar-schema")) || (data20 === "workbook")) || (data20 === "empty-sheet")) || (data20 === "withdrawal")) || (data20 === "takedown"))){
const err47 = {instancePath:instancePath+"/reason/code",schemaPath:"#/properties/reason/oneOf/1/properties/code/enum",keyword:"enum",params:{allowedValues: schema31.properties.reason.oneOf[1].properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.message !== undefined){
let data21 = data19.message;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err48 = {instancePath:instancePath+"/reason/message",schemaPath:"#/properties/reason/oneOf/1/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/reason/message",schemaPath:"#/properties/reason/oneOf/1/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid3 = _errs51 === errors;
if(_valid3 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid3){
valid11 = true;
passing0 = 1;
}
}
if(!valid11){
const err51 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.reportKey !== undefined){
let data22 = data.reportKey;
if((typeof data22 !== "string") && (data22 !== null)){
const err52 = {instancePath:instancePath+"/reportKey",schemaPath:"#/properties/reportKey/type",keyword:"type",params:{type: schema31.properties.reportKey.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.uploadedBy !== undefined){
let data23 = data.uploadedBy;
if((typeof data23 !== "string") && (data23 !== null)){
const err53 = {instancePath:instancePath+"/uploadedBy",schemaPath:"#/properties/uploadedBy/type",keyword:"type",params:{type: schema31.properties.uploadedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.read !== undefined){
let data24 = data.read;
const _errs62 = errors;
let valid13 = false;
let passing1 = null;
const _errs63 = errors;
if(data24 !== null){
const err54 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid4 = _errs63 === errors;
if(_valid4){
valid13 = true;
passing1 = 0;
}
const _errs65 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.documentType === undefined){
const err55 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "documentType"},message:"must have required property '"+"documentType"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data24.title === undefined){
const err56 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data24.body === undefined){
const err57 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data24.meetingDate === undefined){
const err58 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "meetingDate"},message:"must have required property '"+"meetingDate"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data24.items === undefined){
const err59 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data24.attendees === undefined){
const err60 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "attendees"},message:"must have required property '"+"attendees"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data24.decisions === undefined){
const err61 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "decisions"},message:"must have required property '"+"decisions"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data24.warnings === undefined){
const err62 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key2 in data24){
if(!((((((((key2 === "documentType") || (key2 === "title")) || (key2 === "body")) || (key2 === "meetingDate")) || (key2 === "items")) || (key2 === "attendees")) || (key2 === "decisions")) || (key2 === "warnings"))){
const err63 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data24.documentType !== undefined){
if(typeof data24.documentType !== "string"){
const err64 = {instancePath:instancePath+"/read/documentType",schemaPath:"#/properties/read/oneOf/1/properties/documentType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data24.title !== undefined){
let data26 = data24.title;
if((typeof data26 !== "string") && (data26 !== null)){
const err65 = {instancePath:instancePath+"/read/title",schemaPath:"#/properties/read/oneOf/1/properties/title/type",keyword:"type",params:{type: schema31.properties.read.oneOf[1].properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data24.body !== undefined){
let data27 = data24.body;
if((typeof data27 !== "string") && (data27 !== null)){
const err66 = {instancePath:instancePath+"/read/body",schemaPath:"#/properties/read/oneOf/1/properties/body/type",keyword:"type",params:{type: schema31.properties.read.oneOf[1].properties.body.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data24.meetingDate !== undefined){
let data28 = data24.meetingDate;
if((typeof data28 !== "string") && (data28 !== null)){
const err67 = {instancePath:instancePath+"/read/meetingDate",schemaPath:"#/properties/read/oneOf/1/properties/meetingDate/type",keyword:"type",params:{type: schema31.properties.read.oneOf[1].properties.meetingDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(typeof data28 === "string"){
if(!(formats2.validate(data28))){
const err68 = {instancePath:instancePath+"/read/meetingDate",schemaPath:"#/properties/read/oneOf/1/properties/meetingDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data24.items !== undefined){
let data29 = data24.items;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err69 = {instancePath:instancePath+"/read/items",schemaPath:"#/properties/read/oneOf/1/properties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err70 = {instancePath:instancePath+"/read/items",schemaPath:"#/properties/read/oneOf/1/properties/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data24.attendees !== undefined){
let data30 = data24.attendees;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err71 = {instancePath:instancePath+"/read/attendees",schemaPath:"#/properties/read/oneOf/1/properties/attendees/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err72 = {instancePath:instancePath+"/read/attendees",schemaPath:"#/properties/read/oneOf/1/properties/attendees/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data24.decisions !== undefined){
let data31 = data24.decisions;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err73 = {instancePath:instancePath+"/read/decisions",schemaPath:"#/properties/read/oneOf/1/properties/decisions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err74 = {instancePath:instancePath+"/read/decisions",schemaPath:"#/properties/read/oneOf/1/properties/decisions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data24.warnings !== undefined){
let data32 = data24.warnings;
if(Array.isArray(data32)){
const len0 = data32.length;
for(let i0=0; i0<len0; i0++){
if(typeof data32[i0] !== "string"){
const err75 = {instancePath:instancePath+"/read/warnings/" + i0,schemaPath:"#/properties/read/oneOf/1/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/read/warnings",schemaPath:"#/properties/read/oneOf/1/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid4 = _errs65 === errors;
if(_valid4 && valid13){
valid13 = false;
passing1 = [passing1, 1];
}
else {
if(_valid4){
valid13 = true;
passing1 = 1;
}
}
if(!valid13){
const err78 = {instancePath:instancePath+"/read",schemaPath:"#/properties/read/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
