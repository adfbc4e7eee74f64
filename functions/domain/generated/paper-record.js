// Generated from schemas/paper-record.schema.json by `npm run build:validators`
// (infra/schema-validators.ts): do not edit. test/unit/domain/schema-validators.test.ts fails
// when it no longer matches the schema.
import runtime0Module from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats as runtime1 } from 'ajv-formats/dist/formats.js';
const runtime0 = runtime0Module.default ?? runtime0Module;
export const validate = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:council-papers:schema:paper-record","title":"Paper record","description":"One immutable version of a paper as stored and served. Single-record responses add `body` (the plain text), `extraction` (see paper.schema.json) and `withheld`; for an exempt paper the first two are null and `withheld` says why.","type":"object","additionalProperties":false,"required":["kind","id","version","documentType","title","meetingDate","sourceKey","sequencer","uploader","receivedAt","size","sha256","format","mediaType","encoding","originalKey","textKey","textSha256","council","meetingTime","exempt","exemptReason","extractionKey","extractionSha256","meetingIds","reason","status","withdrawal","publishedAt","current","applied","recordSha256","previousChainHash","chainHash","feedSeq"],"properties":{"kind":{"const":"paper"},"id":{"type":"string","pattern":"^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$"},"version":{"type":"integer","minimum":1},"documentType":{"enum":["agenda-pack","agenda","minutes","report","appendix","work-programme","inspection-report","calendar","other"]},"title":{"type":["string","null"],"minLength":1,"description":"The title the officer gave at upload (`x-amz-meta-title`), else the one read from the paper."},"meetingDate":{"type":["string","null"],"format":"date"},"sourceKey":{"type":"string","minLength":1},"sequencer":{"$ref":"urn:council-papers:schema:version-history#/$defs/sourceSequencer"},"uploader":{"type":["string","null"]},"receivedAt":{"type":"string","format":"date-time"},"size":{"type":"integer","minimum":1},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"format":{"enum":["pdf","docx","doc","odt","rtf","html","markdown","text","eml"]},"mediaType":{"type":"string"},"encoding":{"enum":["utf-8","utf-16le","utf-16be","windows-1252",null]},"originalKey":{"type":"string","pattern":"^originals/sha256/[0-9a-f]{64}$"},"ocr":{"type":"object","description":"Present when some of the text was read by OCR from scanned pages: which pages (from 1), and the OCR's mean confidence over them (0-100).","additionalProperties":false,"required":["pages","meanConfidence"],"properties":{"pages":{"type":"array","items":{"type":"integer","minimum":1}},"meanConfidence":{"type":"number","minimum":0,"maximum":100}}},"textKey":{"type":"string","pattern":"^texts/sha256/[0-9a-f]{64}$"},"textSha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"body":{"type":["string","null"],"description":"Single-record responses only: the paper's plain text, null when withheld."},"council":{"type":["string","null"],"description":"The council the paper names, or the deployment's council (CATALOG_PUBLISHER) when it names none; null only on versions ingested before that rule."},"meetingTime":{"type":["string","null"],"pattern":"^(?:[01]\\d|2[0-3]):[0-5]\\d$"},"exempt":{"type":"boolean"},"exemptReason":{"type":["string","null"]},"extractionKey":{"type":"string","pattern":"^extractions/sha256/[0-9a-f]{64}$"},"extractionSha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"committee":{"type":["string","null"],"description":"The committee, board or cabinet the paper is for (the extraction's `body`)."},"extraction":{"description":"Single-record responses only: the extraction (paper.schema.json), null when withheld."},"withheld":{"description":"Single-record responses only: why text and extraction are withheld, or null.","oneOf":[{"type":"null"},{"type":"object","required":["reason"],"properties":{"reason":{"type":"string"}},"additionalProperties":false}]},"meetingIds":{"type":"array","items":{"type":"string"},"description":"Ids of the meetings this version speaks of."},"reason":{"$ref":"urn:council-papers:schema:version-history#/$defs/reason"},"status":{"$ref":"urn:council-papers:schema:version-history#/$defs/status"},"withdrawal":{"$ref":"urn:council-papers:schema:version-history#/$defs/withdrawal"},"takedown":{"$ref":"urn:council-papers:schema:version-history#/$defs/takedown"},"publishedAt":{"$ref":"urn:council-papers:schema:version-history#/$defs/publishedAt"},"current":{"$ref":"urn:council-papers:schema:version-history#/$defs/current"},"applied":{"$ref":"urn:council-papers:schema:version-history#/$defs/applied"},"recordSha256":{"$ref":"urn:council-papers:schema:version-history#/$defs/sha256"},"previousChainHash":{"$ref":"urn:council-papers:schema:version-history#/$defs/sha256"},"chainHash":{"$ref":"urn:council-papers:schema:version-history#/$defs/sha256"},"feedSeq":{"$ref":"urn:council-papers:schema:version-history#/$defs/feedSeq"},"description":{"type":["string","null"],"description":"What the paper holds, as the officer who uploaded it described it (`x-amz-meta-description`); null when not given. Absent on versions written before papers took it."},"licence":{"type":["string","null"],"description":"The licence the officer gave at upload (`x-amz-meta-licence`); null when not given. Absent on versions written before papers took it."},"publisher":{"type":["string","null"],"description":"The publisher the officer gave at upload (`x-amz-meta-publisher`); null when not given. Absent on versions written before papers took it."},"source":{"type":["string","null"],"description":"Where the paper comes from, as the officer gave it at upload (`x-amz-meta-source`); null when not given. Absent on versions written before papers took it."},"withheldParts":{"type":"integer","minimum":0,"description":"How many exempt parts this public paper has: withheld from the public text and facts (each replaced by a notice), and its original is withheld. Absent on versions written before it existed."}}};
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
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^originals/sha256/[0-9a-f]{64}$", "u");
const pattern8 = new RegExp("^texts/sha256/[0-9a-f]{64}$", "u");
const pattern10 = new RegExp("^(?:[01]\\d|2[0-3]):[0-5]\\d$", "u");
const pattern11 = new RegExp("^extractions/sha256/[0-9a-f]{64}$", "u");
const formats0 = runtime1.date;
const formats2 = runtime1["date-time"];
const schema33 = {"oneOf":[{"type":"null"},{"$ref":"#/$defs/sequencer"}]};
const schema34 = {"type":"string","pattern":"^[0-9A-Fa-f]+$"};
const pattern5 = new RegExp("^[0-9A-Fa-f]+$", "u");

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
if(!pattern5.test(data)){
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
if(!pattern5.test(data0)){
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


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:council-papers:schema:paper-record" */;
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
if(data.documentType === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documentType"},message:"must have required property '"+"documentType"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.meetingDate === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetingDate"},message:"must have required property '"+"meetingDate"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sourceKey === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sourceKey"},message:"must have required property '"+"sourceKey"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.sequencer === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequencer"},message:"must have required property '"+"sequencer"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.uploader === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uploader"},message:"must have required property '"+"uploader"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.receivedAt === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receivedAt"},message:"must have required property '"+"receivedAt"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.size === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.sha256 === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.format === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.mediaType === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mediaType"},message:"must have required property '"+"mediaType"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.encoding === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "encoding"},message:"must have required property '"+"encoding"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.originalKey === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "originalKey"},message:"must have required property '"+"originalKey"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.textKey === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "textKey"},message:"must have required property '"+"textKey"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.textSha256 === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "textSha256"},message:"must have required property '"+"textSha256"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.council === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "council"},message:"must have required property '"+"council"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.meetingTime === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetingTime"},message:"must have required property '"+"meetingTime"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.exempt === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exempt"},message:"must have required property '"+"exempt"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.exemptReason === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exemptReason"},message:"must have required property '"+"exemptReason"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.extractionKey === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "extractionKey"},message:"must have required property '"+"extractionKey"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.extractionSha256 === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "extractionSha256"},message:"must have required property '"+"extractionSha256"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.meetingIds === undefined){
const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetingIds"},message:"must have required property '"+"meetingIds"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.reason === undefined){
const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.status === undefined){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.withdrawal === undefined){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "withdrawal"},message:"must have required property '"+"withdrawal"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.publishedAt === undefined){
const err28 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publishedAt"},message:"must have required property '"+"publishedAt"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.current === undefined){
const err29 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.applied === undefined){
const err30 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "applied"},message:"must have required property '"+"applied"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.recordSha256 === undefined){
const err31 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recordSha256"},message:"must have required property '"+"recordSha256"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.previousChainHash === undefined){
const err32 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousChainHash"},message:"must have required property '"+"previousChainHash"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.chainHash === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chainHash"},message:"must have required property '"+"chainHash"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.feedSeq === undefined){
const err34 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feedSeq"},message:"must have required property '"+"feedSeq"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err35 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.kind !== undefined){
if("paper" !== data.kind){
const err36 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "paper"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err37 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err39 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err40 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.documentType !== undefined){
let data3 = data.documentType;
if(!(((((((((data3 === "agenda-pack") || (data3 === "agenda")) || (data3 === "minutes")) || (data3 === "report")) || (data3 === "appendix")) || (data3 === "work-programme")) || (data3 === "inspection-report")) || (data3 === "calendar")) || (data3 === "other"))){
const err41 = {instancePath:instancePath+"/documentType",schemaPath:"#/properties/documentType/enum",keyword:"enum",params:{allowedValues: schema31.properties.documentType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.title !== undefined){
let data4 = data.title;
if((typeof data4 !== "string") && (data4 !== null)){
const err42 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: schema31.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(typeof data4 === "string"){
if(func2(data4) < 1){
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
}
if(data.meetingDate !== undefined){
let data5 = data.meetingDate;
if((typeof data5 !== "string") && (data5 !== null)){
const err44 = {instancePath:instancePath+"/meetingDate",schemaPath:"#/properties/meetingDate/type",keyword:"type",params:{type: schema31.properties.meetingDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err45 = {instancePath:instancePath+"/meetingDate",schemaPath:"#/properties/meetingDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.sourceKey !== undefined){
let data6 = data.sourceKey;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err46 = {instancePath:instancePath+"/sourceKey",schemaPath:"#/properties/sourceKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/sourceKey",schemaPath:"#/properties/sourceKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
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
let data8 = data.uploader;
if((typeof data8 !== "string") && (data8 !== null)){
const err48 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/type",keyword:"type",params:{type: schema31.properties.uploader.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.receivedAt !== undefined){
let data9 = data.receivedAt;
if(typeof data9 === "string"){
if(!(formats2.validate(data9))){
const err49 = {instancePath:instancePath+"/receivedAt",schemaPath:"#/properties/receivedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/receivedAt",schemaPath:"#/properties/receivedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.size !== undefined){
let data10 = data.size;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err51 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err52 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.sha256 !== undefined){
let data11 = data.sha256;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err53 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.format !== undefined){
let data12 = data.format;
if(!(((((((((data12 === "pdf") || (data12 === "docx")) || (data12 === "doc")) || (data12 === "odt")) || (data12 === "rtf")) || (data12 === "html")) || (data12 === "markdown")) || (data12 === "text")) || (data12 === "eml"))){
const err55 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.mediaType !== undefined){
if(typeof data.mediaType !== "string"){
const err56 = {instancePath:instancePath+"/mediaType",schemaPath:"#/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.encoding !== undefined){
let data14 = data.encoding;
if(!(((((data14 === "utf-8") || (data14 === "utf-16le")) || (data14 === "utf-16be")) || (data14 === "windows-1252")) || (data14 === null))){
const err57 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema31.properties.encoding.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.originalKey !== undefined){
let data15 = data.originalKey;
if(typeof data15 === "string"){
if(!pattern7.test(data15)){
const err58 = {instancePath:instancePath+"/originalKey",schemaPath:"#/properties/originalKey/pattern",keyword:"pattern",params:{pattern: "^originals/sha256/[0-9a-f]{64}$"},message:"must match pattern \""+"^originals/sha256/[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/originalKey",schemaPath:"#/properties/originalKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.ocr !== undefined){
let data16 = data.ocr;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.pages === undefined){
const err60 = {instancePath:instancePath+"/ocr",schemaPath:"#/properties/ocr/required",keyword:"required",params:{missingProperty: "pages"},message:"must have required property '"+"pages"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data16.meanConfidence === undefined){
const err61 = {instancePath:instancePath+"/ocr",schemaPath:"#/properties/ocr/required",keyword:"required",params:{missingProperty: "meanConfidence"},message:"must have required property '"+"meanConfidence"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key1 in data16){
if(!((key1 === "pages") || (key1 === "meanConfidence"))){
const err62 = {instancePath:instancePath+"/ocr",schemaPath:"#/properties/ocr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data16.pages !== undefined){
let data17 = data16.pages;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err63 = {instancePath:instancePath+"/ocr/pages/" + i0,schemaPath:"#/properties/ocr/properties/pages/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err64 = {instancePath:instancePath+"/ocr/pages/" + i0,schemaPath:"#/properties/ocr/properties/pages/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/ocr/pages",schemaPath:"#/properties/ocr/properties/pages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data16.meanConfidence !== undefined){
let data19 = data16.meanConfidence;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 100 || isNaN(data19)){
const err66 = {instancePath:instancePath+"/ocr/meanConfidence",schemaPath:"#/properties/ocr/properties/meanConfidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err67 = {instancePath:instancePath+"/ocr/meanConfidence",schemaPath:"#/properties/ocr/properties/meanConfidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/ocr/meanConfidence",schemaPath:"#/properties/ocr/properties/meanConfidence/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
else {
const err69 = {instancePath:instancePath+"/ocr",schemaPath:"#/properties/ocr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.textKey !== undefined){
let data20 = data.textKey;
if(typeof data20 === "string"){
if(!pattern8.test(data20)){
const err70 = {instancePath:instancePath+"/textKey",schemaPath:"#/properties/textKey/pattern",keyword:"pattern",params:{pattern: "^texts/sha256/[0-9a-f]{64}$"},message:"must match pattern \""+"^texts/sha256/[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/textKey",schemaPath:"#/properties/textKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.textSha256 !== undefined){
let data21 = data.textSha256;
if(typeof data21 === "string"){
if(!pattern6.test(data21)){
const err72 = {instancePath:instancePath+"/textSha256",schemaPath:"#/properties/textSha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err73 = {instancePath:instancePath+"/textSha256",schemaPath:"#/properties/textSha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.body !== undefined){
let data22 = data.body;
if((typeof data22 !== "string") && (data22 !== null)){
const err74 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: schema31.properties.body.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.council !== undefined){
let data23 = data.council;
if((typeof data23 !== "string") && (data23 !== null)){
const err75 = {instancePath:instancePath+"/council",schemaPath:"#/properties/council/type",keyword:"type",params:{type: schema31.properties.council.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.meetingTime !== undefined){
let data24 = data.meetingTime;
if((typeof data24 !== "string") && (data24 !== null)){
const err76 = {instancePath:instancePath+"/meetingTime",schemaPath:"#/properties/meetingTime/type",keyword:"type",params:{type: schema31.properties.meetingTime.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(typeof data24 === "string"){
if(!pattern10.test(data24)){
const err77 = {instancePath:instancePath+"/meetingTime",schemaPath:"#/properties/meetingTime/pattern",keyword:"pattern",params:{pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^(?:[01]\\d|2[0-3]):[0-5]\\d$"+"\""};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data.exempt !== undefined){
if(typeof data.exempt !== "boolean"){
const err78 = {instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.exemptReason !== undefined){
let data26 = data.exemptReason;
if((typeof data26 !== "string") && (data26 !== null)){
const err79 = {instancePath:instancePath+"/exemptReason",schemaPath:"#/properties/exemptReason/type",keyword:"type",params:{type: schema31.properties.exemptReason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.extractionKey !== undefined){
let data27 = data.extractionKey;
if(typeof data27 === "string"){
if(!pattern11.test(data27)){
const err80 = {instancePath:instancePath+"/extractionKey",schemaPath:"#/properties/extractionKey/pattern",keyword:"pattern",params:{pattern: "^extractions/sha256/[0-9a-f]{64}$"},message:"must match pattern \""+"^extractions/sha256/[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/extractionKey",schemaPath:"#/properties/extractionKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.extractionSha256 !== undefined){
let data28 = data.extractionSha256;
if(typeof data28 === "string"){
if(!pattern6.test(data28)){
const err82 = {instancePath:instancePath+"/extractionSha256",schemaPath:"#/properties/extractionSha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err83 = {instancePath:instancePath+"/extractionSha256",schemaPath:"#/properties/extractionSha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.committee !== undefined){
let data29 = data.committee;
if((typeof data29 !== "string") && (data29 !== null)){
const err84 = {instancePath:instancePath+"/committee",schemaPath:"#/properties/committee/type",keyword:"type",params:{type: schema31.properties.committee.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.withheld !== undefined){
let data30 = data.withheld;
const _errs59 = errors;
let valid4 = false;
let passing0 = null;
const _errs60 = errors;
if(data30 !== null){
const err85 = {instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid0 = _errs60 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs62 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.reason === undefined){
const err86 = {instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key2 in data30){
if(!(key2 === "reason")){
const err87 = {instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data30.reason !== undefined){
if(typeof data30.reason !== "string"){
const err88 = {instancePath:instancePath+"/withheld/reason",schemaPath:"#/properties/withheld/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err89 = {instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid0 = _errs62 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err90 = {instancePath:instancePath+"/withheld",schemaPath:"#/properties/withheld/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
if(data.meetingIds !== undefined){
let data32 = data.meetingIds;
if(Array.isArray(data32)){
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
if(typeof data32[i1] !== "string"){
const err91 = {instancePath:instancePath+"/meetingIds/" + i1,schemaPath:"#/properties/meetingIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/meetingIds",schemaPath:"#/properties/meetingIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.reason !== undefined){
let data34 = data.reason;
if(!(((data34 === "new") || (data34 === "correction")) || (data34 === "withdrawal"))){
const err93 = {instancePath:instancePath+"/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/reason/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.status !== undefined){
let data35 = data.status;
if(!((data35 === "published") || (data35 === "withdrawn"))){
const err94 = {instancePath:instancePath+"/status",schemaPath:"urn:council-papers:schema:version-history#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.withdrawal !== undefined){
let data36 = data.withdrawal;
const _errs77 = errors;
let valid11 = false;
let passing1 = null;
const _errs78 = errors;
if(data36 !== null){
const err95 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid1 = _errs78 === errors;
if(_valid1){
valid11 = true;
passing1 = 0;
}
const _errs80 = errors;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.reason === undefined){
const err96 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data36.by === undefined){
const err97 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data36.at === undefined){
const err98 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key3 in data36){
if(!(((key3 === "reason") || (key3 === "by")) || (key3 === "at"))){
const err99 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data36.reason !== undefined){
let data37 = data36.reason;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err100 = {instancePath:instancePath+"/withdrawal/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/withdrawal/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data36.by !== undefined){
let data38 = data36.by;
if((typeof data38 !== "string") && (data38 !== null)){
const err102 = {instancePath:instancePath+"/withdrawal/by",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/by/type",keyword:"type",params:{type: schema37.oneOf[1].properties.by.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data36.at !== undefined){
let data39 = data36.at;
if(typeof data39 === "string"){
if(!(formats2.validate(data39))){
const err103 = {instancePath:instancePath+"/withdrawal/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err104 = {instancePath:instancePath+"/withdrawal/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid1 = _errs80 === errors;
if(_valid1 && valid11){
valid11 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid11 = true;
passing1 = 1;
}
}
if(!valid11){
const err106 = {instancePath:instancePath+"/withdrawal",schemaPath:"urn:council-papers:schema:version-history#/$defs/withdrawal/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data.takedown !== undefined){
let data40 = data.takedown;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.reason === undefined){
const err107 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data40.by === undefined){
const err108 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data40.at === undefined){
const err109 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key4 in data40){
if(!(((key4 === "reason") || (key4 === "by")) || (key4 === "at"))){
const err110 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data40.reason !== undefined){
let data41 = data40.reason;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err111 = {instancePath:instancePath+"/takedown/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/takedown/reason",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data40.by !== undefined){
let data42 = data40.by;
if((typeof data42 !== "string") && (data42 !== null)){
const err113 = {instancePath:instancePath+"/takedown/by",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/by/type",keyword:"type",params:{type: schema38.properties.by.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data40.at !== undefined){
let data43 = data40.at;
if(typeof data43 === "string"){
if(!(formats2.validate(data43))){
const err114 = {instancePath:instancePath+"/takedown/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err115 = {instancePath:instancePath+"/takedown/at",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/takedown",schemaPath:"urn:council-papers:schema:version-history#/$defs/takedown/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.publishedAt !== undefined){
let data44 = data.publishedAt;
if(typeof data44 === "string"){
if(!(formats2.validate(data44))){
const err117 = {instancePath:instancePath+"/publishedAt",schemaPath:"urn:council-papers:schema:version-history#/$defs/publishedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err118 = {instancePath:instancePath+"/publishedAt",schemaPath:"urn:council-papers:schema:version-history#/$defs/publishedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.current !== undefined){
let data45 = data.current;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err119 = {instancePath:instancePath+"/current",schemaPath:"urn:council-papers:schema:version-history#/$defs/current/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 1 || isNaN(data45)){
const err120 = {instancePath:instancePath+"/current",schemaPath:"urn:council-papers:schema:version-history#/$defs/current/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
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
let data47 = data.recordSha256;
if(typeof data47 === "string"){
if(!pattern6.test(data47)){
const err121 = {instancePath:instancePath+"/recordSha256",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/recordSha256",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.previousChainHash !== undefined){
let data48 = data.previousChainHash;
if(typeof data48 === "string"){
if(!pattern6.test(data48)){
const err123 = {instancePath:instancePath+"/previousChainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/previousChainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.chainHash !== undefined){
let data49 = data.chainHash;
if(typeof data49 === "string"){
if(!pattern6.test(data49)){
const err125 = {instancePath:instancePath+"/chainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/chainHash",schemaPath:"urn:council-papers:schema:version-history#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.feedSeq !== undefined){
let data50 = data.feedSeq;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err127 = {instancePath:instancePath+"/feedSeq",schemaPath:"urn:council-papers:schema:version-history#/$defs/feedSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 1 || isNaN(data50)){
const err128 = {instancePath:instancePath+"/feedSeq",schemaPath:"urn:council-papers:schema:version-history#/$defs/feedSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
if(data.description !== undefined){
let data51 = data.description;
if((typeof data51 !== "string") && (data51 !== null)){
const err129 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema31.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.licence !== undefined){
let data52 = data.licence;
if((typeof data52 !== "string") && (data52 !== null)){
const err130 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: schema31.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.publisher !== undefined){
let data53 = data.publisher;
if((typeof data53 !== "string") && (data53 !== null)){
const err131 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: schema31.properties.publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.source !== undefined){
let data54 = data.source;
if((typeof data54 !== "string") && (data54 !== null)){
const err132 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: schema31.properties.source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.withheldParts !== undefined){
let data55 = data.withheldParts;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err133 = {instancePath:instancePath+"/withheldParts",schemaPath:"#/properties/withheldParts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 0 || isNaN(data55)){
const err134 = {instancePath:instancePath+"/withheldParts",schemaPath:"#/properties/withheldParts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
}
else {
const err135 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
