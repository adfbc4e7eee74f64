// Generated from schemas/dataset-record.schema.json by `npm run build:validators`
// (infra/schema-validators.ts): do not edit. test/unit/domain/schema-validators.test.ts fails
// when it no longer matches the schema.
import runtime0Module from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats as runtime1 } from 'ajv-formats/dist/formats.js';
const runtime0 = runtime0Module.default ?? runtime0Module;
export const validate = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:council-papers:schema:dataset-record","title":"Dataset record","description":"One immutable version of a dataset: metadata, validation summary, and where its rows, Table Schema and validation report are.","type":"object","additionalProperties":false,"required":["kind","id","version","title","description","publisher","licence","source","delimiter","fields","rowCount","errorCount","valid","outcome","rowset","schemaKey","reportKey","sourceKey","sequencer","uploader","receivedAt","size","sha256","format","mediaType","encoding","originalKey","reason","status","withdrawal","publishedAt","current","applied","recordSha256","previousChainHash","chainHash","feedSeq"],"properties":{"kind":{"const":"dataset"},"id":{"type":"string","pattern":"^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$"},"version":{"type":"integer","minimum":1},"title":{"type":"string","minLength":1},"description":{"type":["string","null"]},"publisher":{"type":["string","null"]},"licence":{"type":["string","null"]},"source":{"type":["string","null"]},"origin":{"enum":["upload","paper"],"description":"`upload`: uploaded as data by an officer; `paper`: a table read from a paper (its `source` names the paper version and lines). Absent on versions ingested before origins were recorded."},"delimiter":{"enum":[",",";","\t","|",null]},"fields":{"type":"array","items":{"type":"string"}},"rowCount":{"type":"integer","minimum":0},"errorCount":{"type":"integer","minimum":0},"valid":{"type":"boolean"},"outcome":{"enum":["accepted","accepted-with-errors"]},"rowset":{"type":"string","pattern":"^[a-z0-9_-]+#[0-9a-f]{64}$"},"schemaKey":{"type":"string","pattern":"^schemas/sha256/[0-9a-f]{64}$"},"reportKey":{"type":"string","pattern":"^reports/sha256/[0-9a-f]{64}$"},"distributions":{"description":"The whole rows as CSV, NDJSON and JSON, written once at ingest to the archive. Absent on versions archived before distributions existed.","type":"array","items":{"type":"object","additionalProperties":false,"required":["format","key","byteSize","sha256","mediaType"],"properties":{"format":{"enum":["csv","ndjson","json"]},"key":{"type":"string","pattern":"^distributions/sha256/[0-9a-f]{64}/[a-z0-9_-]+\\.(csv|ndjson|json)$"},"byteSize":{"type":"integer","minimum":0},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"mediaType":{"type":"string","minLength":1}}}},"sourceKey":{"type":"string","minLength":1},"sequencer":{"$ref":"urn:council-papers:schema:version-history#/$defs/sourceSequencer"},"uploader":{"type":["string","null"]},"receivedAt":{"type":"string","format":"date-time"},"size":{"type":"integer","minimum":1},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"format":{"enum":["csv","json","xlsx","ods"]},"mediaType":{"type":"string"},"encoding":{"enum":["utf-8","utf-16le","utf-16be","windows-1252",null]},"originalKey":{"type":"string","pattern":"^originals/sha256/[0-9a-f]{64}$"},"reason":{"$ref":"urn:council-papers:schema:version-history#/$defs/reason"},"status":{"$ref":"urn:council-papers:schema:version-history#/$defs/status"},"withdrawal":{"$ref":"urn:council-papers:schema:version-history#/$defs/withdrawal"},"takedown":{"$ref":"urn:council-papers:schema:version-history#/$defs/takedown"},"publishedAt":{"$ref":"urn:council-papers:schema:version-history#/$defs/publishedAt"},"current":{"$ref":"urn:council-papers:schema:version-history#/$defs/current"},"applied":{"$ref":"urn:council-papers:schema:version-history#/$defs/applied"},"recordSha256":{"$ref":"urn:council-papers:schema:version-history#/$defs/sha256"},"previousChainHash":{"$ref":"urn:council-papers:schema:version-history#/$defs/sha256"},"chainHash":{"$ref":"urn:council-papers:schema:version-history#/$defs/sha256"},"feedSeq":{"$ref":"urn:council-papers:schema:version-history#/$defs/feedSeq"}}};
const schema35 = {"enum":["new","correction","withdrawal"]};
const schema36 = {"enum":["published","withdrawn"]};
const schema37 = {"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["reason","by","at"],"properties":{"reason":{"type":"string","minLength":1},"by":{"type":["string","null"]},"at":{"type":"string","format":"date-time"}}}]};
const schema38 = {"description":"Served only, never stored in the version: this version's original, text, extraction and rows were taken down from the public (410), its place in the chain kept.","type":"object","additionalProperties":false,"required":["reason","by","at"],"properties":{"reason":{"type":"string","minLength":1},"by":{"type":["string","null"]},"at":{"type":"string","format":"date-time"}}};
const schema39 = {"type":"string","format":"date-time"};
const schema40 = {"type":"integer","minimum":1};
const schema43 = {"type":"string","pattern":"^[0-9a-f]{64}$"};
const schema46 = {"type":"integer","minimum":1,"description":"The version's place in the change feed (GET /v1/changes), reserved before the version was written."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0;
const pattern4 = new RegExp("^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$", "u");
const pattern5 = new RegExp("^[a-z0-9_-]+#[0-9a-f]{64}$", "u");
const pattern6 = new RegExp("^schemas/sha256/[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^reports/sha256/[0-9a-f]{64}$", "u");
const pattern8 = new RegExp("^distributions/sha256/[0-9a-f]{64}/[a-z0-9_-]+\\.(csv|ndjson|json)$", "u");
const pattern9 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern12 = new RegExp("^originals/sha256/[0-9a-f]{64}$", "u");
const schema33 = {"oneOf":[{"type":"null"},{"$ref":"#/$defs/sequencer"}]};
const schema34 = {"type":"string","pattern":"^[0-9A-Fa-f]+$"};
const pattern10 = new RegExp("^[0-9A-Fa-f]+$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern10.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/sequencer/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]+$"},message:"must match pattern \""+"^[0-9A-Fa-f]+$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/sequencer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","additionalProperties":{"$ref":"#/$defs/sequencer"}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/sequencer/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]+$"},message:"must match pattern \""+"^[0-9A-Fa-f]+$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/sequencer/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = runtime1["date-time"];

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:council-papers:schema:dataset-record" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.version === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.description === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.publisher === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.licence === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "licence"},message:"must have required property '"+"licence"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.source === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.delimiter === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delimiter"},message:"must have required property '"+"delimiter"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.fields === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.rowCount === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rowCount"},message:"must have required property '"+"rowCount"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.errorCount === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errorCount"},message:"must have required property '"+"errorCount"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.valid === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "valid"},message:"must have required property '"+"valid"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.outcome === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.rowset === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rowset"},message:"must have required property '"+"rowset"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.schemaKey === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaKey"},message:"must have required property '"+"schemaKey"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.reportKey === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reportKey"},message:"must have required property '"+"reportKey"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.sourceKey === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sourceKey"},message:"must have required property '"+"sourceKey"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.sequencer === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequencer"},message:"must have required property '"+"sequencer"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.uploader === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uploader"},message:"must have required property '"+"uploader"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.receivedAt === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receivedAt"},message:"must have required property '"+"receivedAt"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.size === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.sha256 === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.format === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.mediaType === undefined){
const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mediaType"},message:"must have required property '"+"mediaType"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.encoding === undefined){
const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "encoding"},message:"must have required property '"+"encoding"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.originalKey === undefined){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "originalKey"},message:"must have required property '"+"originalKey"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.reason === undefined){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.status === undefined){
const err28 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.withdrawal === undefined){
const err29 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "withdrawal"},message:"must have required property '"+"withdrawal"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.publishedAt === undefined){
const err30 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publishedAt"},message:"must have required property '"+"publishedAt"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.current === undefined){
const err31 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.applied === undefined){
const err32 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "applied"},message:"must have required property '"+"applied"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.recordSha256 === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recordSha256"},message:"must have required property '"+"recordSha256"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.previousChainHash === undefined){
const err34 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousChainHash"},message:"must have required property '"+"previousChainHash"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.chainHash === undefined){
const err35 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chainHash"},message:"must have required property '"+"chainHash"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.feedSeq === undefined){
const err36 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feedSeq"},message:"must have required property '"+"feedSeq"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err37 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.kind !== undefined){
if("dataset" !== data.kind){
const err38 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "dataset"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err39 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err41 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err42 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err43 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err45 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema31.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.publisher !== undefined){
let data5 = data.publisher;
if((typeof data5 !== "string") && (data5 !== null)){
const err46 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: schema31.properties.publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.licence !== undefined){
let data6 = data.licence;
if((typeof data6 !== "string") && (data6 !== null)){
const err47 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: schema31.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.source !== undefined){
let data7 = data.source;
if((typeof data7 !== "string") && (data7 !== null)){
const err48 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: schema31.properties.source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.origin !== undefined){
let data8 = data.origin;
if(!((data8 === "upload") || (data8 === "paper"))){
const err49 = {instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/enum",keyword:"enum",params:{allowedValues: schema31.properties.origin.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.delimiter !== undefined){
let data9 = data.delimiter;
if(!(((((data9 === ",") || (data9 === ";")) || (data9 === "\t")) || (data9 === "|")) || (data9 === null))){
const err50 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/enum",keyword:"enum",params:{allowedValues: schema31.properties.delimiter.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.fields !== undefined){
let data10 = data.fields;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(typeof data10[i0] !== "string"){
const err51 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.rowCount !== undefined){
let data12 = data.rowCount;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err53 = {instancePath:instancePath+"/rowCount",schemaPath:"#/properties/rowCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err54 = {instancePath:instancePath+"/rowCount",schemaPath:"#/properties/rowCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data.errorCount !== undefined){
let data13 = data.errorCount;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err55 = {instancePath:instancePath+"/errorCount",schemaPath:"#/properties/errorCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err56 = {instancePath:instancePath+"/errorCount",schemaPath:"#/properties/errorCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data.valid !== undefined){
if(typeof data.valid !== "boolean"){
const err57 = {instancePath:instancePath+"/valid",schemaPath:"#/properties/valid/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.outcome !== undefined){
let data15 = data.outcome;
if(!((data15 === "accepted") || (data15 === "accepted-with-errors"))){
const err58 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema31.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.rowset !== undefined){
let data16 = data.rowset;
if(typeof data16 === "string"){
if(!pattern5.test(data16)){
const err59 = {instancePath:instancePath+"/rowset",schemaPath:"#/properties/rowset/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_-]+#[0-9a-f]{64}$"},message:"must match pattern \""+"^[a-z0-9_-]+#[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/rowset",schemaPath:"#/properties/rowset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.schemaKey !== undefined){
let data17 = data.schemaKey;
if(typeof data17 === "string"){
if(!pattern6.test(data17)){
const err61 = {instancePath:instancePath+"/schemaKey",schemaPath:"#/properties/schemaKey/pattern",keyword:"pattern",params:{pattern: "^schemas/sha256/[0-9a-f]{64}$"},message:"must match pattern \""+"^schemas/sha256/[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/schemaKey",schemaPath:"#/properties/schemaKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.reportKey !== undefined){
let data18 = data.reportKey;
if(typeof data18 === "string"){
if(!pattern7.test(data18)){
const err63 = {instancePath:instancePath+"/reportKey",schemaPath:"#/properties/reportKey/pattern",keyword:"pattern",params:{pattern: "^reports/sha256/[0-9a-f]{64}$"},message:"must match pattern \""+"^reports/sha256/[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/reportKey",schemaPath:"#/properties/reportKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.distributions !== undefined){
let data19 = data.distributions;
if(Array.isArray(data19)){
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.format === undefined){
const err65 = {instancePath:instancePath+"/distributions/" + i1,schemaPath:"#/properties/distributions/items/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data20.key === undefined){
const err66 = {instancePath:instancePath+"/distributions/" + i1,schemaPath:"#/properties/distributions/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data20.byteSize === undefined){
const err67 = {instancePath:instancePath+"/distributions/" + i1,schemaPath:"#/properties/distributions/items/required",keyword:"required",params:{missingProperty: "byteSize"},message:"must have required property '"+"byteSize"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data20.sha256 === undefined){
const err68 = {instancePath:instancePath+"/distributions/" + i1,schemaPath:"#/properties/distributions/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data20.mediaType === undefined){
const err69 = {instancePath:instancePath+"/distributions/" + i1,schemaPath:"#/properties/distributions/items/required",keyword:"required",params:{missingProperty: "mediaType"},message:"must have required property '"+"mediaType"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key1 in data20){
if(!(((((key1 === "format") || (key1 === "key")) || (key1 === "byteSize")) || (key1 === "sha256")) || (key1 === "mediaType"))){
const err70 = {instancePath:instancePath+"/distributions/" + i1,schemaPath:"#/properties/distributions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data20.format !== undefined){
let data21 = data20.format;
if(!(((data21 === "csv") || (data21 === "ndjson")) || (data21 === "json"))){
const err71 = {instancePath:instancePath+"/distributions/" + i1+"/format",schemaPath:"#/properties/distributions/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.distributions.items.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data20.key !== undefined){
let data22 = data20.key;
if(typeof data22 === "string"){
if(!pattern8.test(data22)){
const err72 = {instancePath:instancePath+"/distributions/" + i1+"/key",schemaPath:"#/properties/distributions/items/properties/key/pattern",keyword:"pattern",params:{pattern: "^distributions/sha256/[0-9a-f]{64}/[a-z0-9_-]+\\.(csv|ndjson|json)$"},message:"must match pattern \""+"^distributions/sha256/[0-9a-f]{64}/[a-z0-9_-]+\\.(csv|ndjson|json)$"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/distributions/" + i1+"/key",schemaPath:"#/properties/distributions/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data20.byteSize !== undefined){
let data23 = data20.byteSize;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err74 = {instancePath:instancePath+"/distributions/" + i1+"/byteSize",schemaPath:"#/properties/distributions/items/properties/byteSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err75 = {instancePath:instancePath+"/distributions/" + i1+"/byteSize",schemaPath:"#/properties/distributions/items/properties/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data20.sha256 !== undefined){
let data24 = data20.sha256;
if(typeof data24 === "string"){
if(!pattern9.test(data24)){
const err76 = {instancePath:instancePath+"/distributions/" + i1+"/sha256",schemaPath:"#/properties/distributions/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/distributions/" + i1+"/sha256",schemaPath:"#/properties/distributions/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data20.mediaType !== undefined){
let data25 = data20.mediaType;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err78 = {instancePath:instancePath+"/distributions/" + i1+"/mediaType",schemaPath:"#/properties/distributions/items/properties/mediaType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/distributions/" + i1+"/mediaType",schemaPath:"#/properties/distributions/items/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/distributions/" + i1,schemaPath:"#/properties/distributions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/distributions",schemaPath:"#/properties/distributions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.sourceKey !== undefined){
let data26 = data.sourceKey;
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err82 = {instancePath:instancePath+"/sourceKey",schemaPath:"#/properties/sourceKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/sourceKey",schemaPath:"#/properties/sourceKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.sequencer !== undefined){
if(!(validate22(data.sequencer, {instancePath:instancePath+"/sequencer",parentData:data,parentDataProperty:"sequencer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.uploader !== undefined){
let data28 = data.uploader;
if((typeof data28 !== "string") && (data28 !== null)){
const err84 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/type",keyword:"type",params:{type: schema31.properties.uploader.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.receivedAt !== undefined){
let data29 = data.receivedAt;
if(typeof data29 === "string"){
if(!(formats0.validate(data29))){
const err85 = {instancePath:instancePath+"/receivedAt",schemaPath:"#/properties/receivedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/receivedAt",schemaPath:"#/properties/receivedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.size !== undefined){
let data30 = data.size;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err87 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 1 || isNaN(data30)){
const err88 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data.sha256 !== undefined){
let data31 = data.sha256;
if(typeof data31 === "string"){
if(!pattern9.test(data31)){
const err89 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.format !== undefined){
let data32 = data.format;
if(!((((data32 === "csv") || (data32 === "json")) || (data32 === "xlsx")) || (data32 === "ods"))){
const err91 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.mediaType !== undefined){
if(typeof data.mediaType !== "string"){
const err92 = {instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.encoding !== undefined){
let data34 = data.encoding;
if(!(((((data34 === "utf-8") || (data34 === "utf-16le")) || (data34 === "utf-16be")) || (data34 === "windows-1252")) || (data34 === null))){
const err93 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema31.properties.encoding.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.originalKey !== undefined){
let data35 = data.originalKey;
if(typeof data35 === "string"){
if(!pattern12.test(data35)){
const err94 = {instancePath:instancePath+"/originalKey",schemaPath:"#/properties/originalKey/pattern",keyword:"pattern",params:{pattern: "^originals/sha256/[0-9a-f]{64}$"},message:"must match pattern \""+"^originals/sha256/[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/originalKey",schemaPath:"#/properties/originalKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.reason !== undefined){
let data36 = data.reason;
if(!(((data36 === "new") || (data36 === "correction")) || (data36 === "withdrawal"))){
const err96 = {instancePath:instancePath+"/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/reason/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.status !== undefined){
let data37 = data.status;
if(!((data37 === "published") || (data37 === "withdrawn"))){
const err97 = {instancePath:instancePath+"/status",schemaPath:"urn:council-papers:schema:version-history#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.withdrawal !== undefined){
let data38 = data.withdrawal;
const _errs73 = errors;
let valid9 = false;
let passing0 = null;
const _errs74 = errors;
if(data38 !== null){
const err98 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid0 = _errs74 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs76 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.reason === undefined){
const err99 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data38.by === undefined){
const err100 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data38.at === undefined){
const err101 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key2 in data38){
if(!(((key2 === "reason") || (key2 === "by")) || (key2 === "at"))){
const err102 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data38.reason !== undefined){
let data39 = data38.reason;
if(typeof data39 === "string"){
if(func2(data39) < 1){
const err103 = {instancePath:instancePath+"/withdrawal/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/withdrawal/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data38.by !== undefined){
let data40 = data38.by;
if((typeof data40 !== "string") && (data40 !== null)){
const err105 = {instancePath:instancePath+"/withdrawal/by",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/by/type",keyword:"type",params:{type: schema37.oneOf[1].properties.by.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data38.at !== undefined){
let data41 = data38.at;
if(typeof data41 === "string"){
if(!(formats0.validate(data41))){
const err106 = {instancePath:instancePath+"/withdrawal/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/withdrawal/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid0 = _errs76 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
}
}
if(!valid9){
const err109 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
}
if(data.takedown !== undefined){
let data42 = data.takedown;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.reason === undefined){
const err110 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data42.by === undefined){
const err111 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data42.at === undefined){
const err112 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key3 in data42){
if(!(((key3 === "reason") || (key3 === "by")) || (key3 === "at"))){
const err113 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data42.reason !== undefined){
let data43 = data42.reason;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err114 = {instancePath:instancePath+"/takedown/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/takedown/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data42.by !== undefined){
let data44 = data42.by;
if((typeof data44 !== "string") && (data44 !== null)){
const err116 = {instancePath:instancePath+"/takedown/by",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/by/type",keyword:"type",params:{type: schema38.properties.by.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data42.at !== undefined){
let data45 = data42.at;
if(typeof data45 === "string"){
if(!(formats0.validate(data45))){
const err117 = {instancePath:instancePath+"/takedown/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/takedown/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.publishedAt !== undefined){
let data46 = data.publishedAt;
if(typeof data46 === "string"){
if(!(formats0.validate(data46))){
const err120 = {instancePath:instancePath+"/publishedAt",schemaPath:"urn:council-papers:schema:version-history#/$defs/publishedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/publishedAt",schemaPath:"urn:council-papers:schema:version-history#/$defs/publishedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.current !== undefined){
let data47 = data.current;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err122 = {instancePath:instancePath+"/current",schemaPath:"urn:council-papers:schema:version-history#/$defs/current/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 1 || isNaN(data47)){
const err123 = {instancePath:instancePath+"/current",schemaPath:"urn:council-papers:schema:version-history#/$defs/current/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
if(data.applied !== undefined){
if(!(validate24(data.applied, {instancePath:instancePath+"/applied",parentData:data,parentDataProperty:"applied",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.recordSha256 !== undefined){
let data49 = data.recordSha256;
if(typeof data49 === "string"){
if(!pattern9.test(data49)){
const err124 = {instancePath:instancePath+"/recordSha256",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/recordSha256",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.previousChainHash !== undefined){
let data50 = data.previousChainHash;
if(typeof data50 === "string"){
if(!pattern9.test(data50)){
const err126 = {instancePath:instancePath+"/previousChainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/previousChainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data.chainHash !== undefined){
let data51 = data.chainHash;
if(typeof data51 === "string"){
if(!pattern9.test(data51)){
const err128 = {instancePath:instancePath+"/chainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/chainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.feedSeq !== undefined){
let data52 = data.feedSeq;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err130 = {instancePath:instancePath+"/feedSeq",schemaPath:"urn:council-papers:schema:version-history#/$defs/feedSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 1 || isNaN(data52)){
const err131 = {instancePath:instancePath+"/feedSeq",schemaPath:"urn:council-papers:schema:version-history#/$defs/feedSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
}
else {
const err132 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
