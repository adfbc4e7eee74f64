// Generated from schemas/data-package.schema.json by `npm run build:validators`
// (infra/schema-validators.ts): do not edit. test/unit/domain/schema-validators.test.ts fails
// when it no longer matches the schema.
import runtime0Module from 'ajv/dist/runtime/ucs2length.js';
const runtime0 = runtime0Module.default ?? runtime0Module;
export const validate = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://council-papers.org/schemas/data-package.schema.json","title":"Frictionless Data Package descriptor (the parts council-papers reads)","description":"A datapackage.json uploaded under uploads/datasets/. Each tabular resource becomes a dataset; paths are relative to the descriptor and must stay inside its folder.","type":"object","required":["resources"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9._-]+$"},"title":{"type":"string"},"description":{"type":"string"},"version":{"type":"string"},"homepage":{"type":"string"},"licenses":{"$ref":"#/$defs/licenses"},"sources":{"type":"array"},"contributors":{"type":"array","items":{"type":"object","properties":{"title":{"type":"string"},"role":{"type":"string"}}}},"resources":{"type":"array","minItems":1,"items":{"type":"object","description":"A resource without a name is named from its path (or its position, for inline data), with a warning.","properties":{"name":{"type":"string","pattern":"^[a-z0-9._-]+$"},"path":{"type":"string","minLength":1},"data":{"type":"array"},"title":{"type":"string"},"description":{"type":"string"},"format":{"type":"string"},"mediatype":{"type":"string"},"encoding":{"type":"string"},"licenses":{"$ref":"#/$defs/licenses"},"schema":{"oneOf":[{"type":"string","minLength":1},{"type":"object","required":["fields"],"properties":{"fields":{"type":"array"}}}]}}}}},"$defs":{"licenses":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"path":{"type":"string"},"title":{"type":"string"}}}}}};
const schema32 = {"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"path":{"type":"string"},"title":{"type":"string"}}}};
const pattern4 = new RegExp("^[a-z0-9._-]+$", "u");
const func1 = runtime0;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://council-papers.org/schemas/data-package.schema.json" */;
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
if(data.resources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9._-]+$"},message:"must match pattern \""+"^[a-z0-9._-]+$"+"\""};
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
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(typeof data.version !== "string"){
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.homepage !== undefined){
if(typeof data.homepage !== "string"){
const err6 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.licenses !== undefined){
let data5 = data.licenses;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err7 = {instancePath:instancePath+"/licenses/" + i0+"/name",schemaPath:"#/$defs/licenses/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data6.path !== undefined){
if(typeof data6.path !== "string"){
const err8 = {instancePath:instancePath+"/licenses/" + i0+"/path",schemaPath:"#/$defs/licenses/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.title !== undefined){
if(typeof data6.title !== "string"){
const err9 = {instancePath:instancePath+"/licenses/" + i0+"/title",schemaPath:"#/$defs/licenses/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/licenses/" + i0,schemaPath:"#/$defs/licenses/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/licenses",schemaPath:"#/$defs/licenses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.sources !== undefined){
if(!(Array.isArray(data.sources))){
const err12 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.contributors !== undefined){
let data11 = data.contributors;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.title !== undefined){
if(typeof data12.title !== "string"){
const err13 = {instancePath:instancePath+"/contributors/" + i1+"/title",schemaPath:"#/properties/contributors/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data12.role !== undefined){
if(typeof data12.role !== "string"){
const err14 = {instancePath:instancePath+"/contributors/" + i1+"/role",schemaPath:"#/properties/contributors/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/contributors/" + i1,schemaPath:"#/properties/contributors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/contributors",schemaPath:"#/properties/contributors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.resources !== undefined){
let data15 = data.resources;
if(Array.isArray(data15)){
if(data15.length < 1){
const err17 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name !== undefined){
let data17 = data16.name;
if(typeof data17 === "string"){
if(!pattern4.test(data17)){
const err18 = {instancePath:instancePath+"/resources/" + i2+"/name",schemaPath:"#/properties/resources/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9._-]+$"},message:"must match pattern \""+"^[a-z0-9._-]+$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/resources/" + i2+"/name",schemaPath:"#/properties/resources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data16.path !== undefined){
let data18 = data16.path;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err20 = {instancePath:instancePath+"/resources/" + i2+"/path",schemaPath:"#/properties/resources/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/resources/" + i2+"/path",schemaPath:"#/properties/resources/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data16.data !== undefined){
if(!(Array.isArray(data16.data))){
const err22 = {instancePath:instancePath+"/resources/" + i2+"/data",schemaPath:"#/properties/resources/items/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data16.title !== undefined){
if(typeof data16.title !== "string"){
const err23 = {instancePath:instancePath+"/resources/" + i2+"/title",schemaPath:"#/properties/resources/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data16.description !== undefined){
if(typeof data16.description !== "string"){
const err24 = {instancePath:instancePath+"/resources/" + i2+"/description",schemaPath:"#/properties/resources/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.format !== undefined){
if(typeof data16.format !== "string"){
const err25 = {instancePath:instancePath+"/resources/" + i2+"/format",schemaPath:"#/properties/resources/items/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data16.mediatype !== undefined){
if(typeof data16.mediatype !== "string"){
const err26 = {instancePath:instancePath+"/resources/" + i2+"/mediatype",schemaPath:"#/properties/resources/items/properties/mediatype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data16.encoding !== undefined){
if(typeof data16.encoding !== "string"){
const err27 = {instancePath:instancePath+"/resources/" + i2+"/encoding",schemaPath:"#/properties/resources/items/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data16.licenses !== undefined){
let data25 = data16.licenses;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
let data26 = data25[i3];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.name !== undefined){
if(typeof data26.name !== "string"){
const err28 = {instancePath:instancePath+"/resources/" + i2+"/licenses/" + i3+"/name",schemaPath:"#/$defs/licenses/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data26.path !== undefined){
if(typeof data26.path !== "string"){
const err29 = {instancePath:instancePath+"/resources/" + i2+"/licenses/" + i3+"/path",schemaPath:"#/$defs/licenses/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data26.title !== undefined){
if(typeof data26.title !== "string"){
const err30 = {instancePath:instancePath+"/resources/" + i2+"/licenses/" + i3+"/title",schemaPath:"#/$defs/licenses/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/resources/" + i2+"/licenses/" + i3,schemaPath:"#/$defs/licenses/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/resources/" + i2+"/licenses",schemaPath:"#/$defs/licenses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.schema !== undefined){
let data30 = data16.schema;
const _errs64 = errors;
let valid15 = false;
let passing0 = null;
const _errs65 = errors;
if(typeof data30 === "string"){
if(func1(data30) < 1){
const err33 = {instancePath:instancePath+"/resources/" + i2+"/schema",schemaPath:"#/properties/resources/items/properties/schema/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/resources/" + i2+"/schema",schemaPath:"#/properties/resources/items/properties/schema/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs65 === errors;
if(_valid0){
valid15 = true;
passing0 = 0;
}
const _errs67 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.fields === undefined){
const err35 = {instancePath:instancePath+"/resources/" + i2+"/schema",schemaPath:"#/properties/resources/items/properties/schema/oneOf/1/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data30.fields !== undefined){
if(!(Array.isArray(data30.fields))){
const err36 = {instancePath:instancePath+"/resources/" + i2+"/schema/fields",schemaPath:"#/properties/resources/items/properties/schema/oneOf/1/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/resources/" + i2+"/schema",schemaPath:"#/properties/resources/items/properties/schema/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs67 === errors;
if(_valid0 && valid15){
valid15 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid15 = true;
passing0 = 1;
var props0 = {};
props0.fields = true;
}
}
if(!valid15){
const err38 = {instancePath:instancePath+"/resources/" + i2+"/schema",schemaPath:"#/properties/resources/items/properties/schema/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/resources/" + i2,schemaPath:"#/properties/resources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err40 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"name":true,"title":true,"description":true,"version":true,"homepage":true,"licenses":true,"sources":true,"contributors":true,"resources":true},"dynamicProps":false,"dynamicItems":false};
