// Generated from schemas/paper.schema.json by `npm run build:validators`
// (infra/schema-validators.ts): do not edit. test/unit/domain/schema-validators.test.ts fails
// when it no longer matches the schema.
import { fullFormats as runtime0 } from 'ajv-formats/dist/formats.js';
import runtime1Module from 'ajv/dist/runtime/ucs2length.js';
const runtime1 = runtime1Module.default ?? runtime1Module;
export const validate = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:council-papers:schema:paper","title":"Paper extraction","description":"What `council-papers extract FILE --json` prints and ingest stores: the structure read from one council paper. Unknown values are null or [], never guesses. Line numbers refer to the paper's plain text.","type":"object","$defs":{"nullableString":{"type":["string","null"]},"strings":{"type":"array","items":{"type":"string"}},"line":{"type":"integer","minimum":1},"provenance":{"type":"object","additionalProperties":{"type":"object","required":["line"],"properties":{"line":{"type":"integer","minimum":0},"endLine":{"type":"integer"}},"additionalProperties":false}},"cell":{"type":"object","required":["type","value"],"additionalProperties":false,"properties":{"type":{"enum":["integer","number","percentage","money","date","string","empty"]},"value":{"type":["number","string","null"]}}},"fields":{"type":"object","required":["documentType","council","body","meetingDate","meetingTime","venue","title","authors","wards","agendaItems","attendance","declarations","resolutions","actions","recommendations","votes","tables","sections","nextMeetingDate","exempt","provenance"],"properties":{"documentType":{"enum":["agenda-pack","agenda","minutes","report","appendix","work-programme","inspection-report","calendar","other"]},"council":{"$ref":"#/$defs/nullableString"},"body":{"$ref":"#/$defs/nullableString"},"meetingDate":{"type":["string","null"],"format":"date"},"meetingTime":{"type":["string","null"],"pattern":"^(?:[01]\\d|2[0-3]):[0-5]\\d$"},"venue":{"$ref":"#/$defs/nullableString"},"title":{"$ref":"#/$defs/nullableString"},"authors":{"$ref":"#/$defs/strings"},"wards":{"$ref":"#/$defs/strings"},"agendaItems":{"type":"array","items":{"type":"object","required":["number","title","time","pages","line"],"properties":{"number":{"type":["string","null"],"minLength":1,"description":"The item's number as printed (\"4\", \"A.1\", \"19/05/01\"), or null for an item the paper sets as a heading without a number."},"title":{"type":"string","minLength":1},"time":{"type":["string","null"],"pattern":"^(?:[01]\\d|2[0-3]):[0-5]\\d$"},"pages":{"$ref":"#/$defs/nullableString"},"description":{"$ref":"#/$defs/nullableString"},"line":{"$ref":"#/$defs/line"},"endLine":{"$ref":"#/$defs/line"}}}},"attendance":{"type":"object","required":["present","apologies","inAttendance"],"properties":{"present":{"$ref":"#/$defs/strings"},"apologies":{"$ref":"#/$defs/strings"},"inAttendance":{"$ref":"#/$defs/strings"},"substitutes":{"$ref":"#/$defs/strings"}}},"declarations":{"type":"array","items":{"type":"object","required":["member","text","line"],"properties":{"member":{"type":"string"},"text":{"type":"string"},"line":{"$ref":"#/$defs/line"}}}},"resolutions":{"type":"array","items":{"type":"object","required":["item","text","line"],"properties":{"item":{"$ref":"#/$defs/nullableString"},"text":{"type":"string","minLength":1},"line":{"$ref":"#/$defs/line"}}}},"actions":{"type":"array","items":{"type":"object","required":["item","owner","text","line"],"properties":{"item":{"$ref":"#/$defs/nullableString"},"owner":{"type":"string"},"text":{"type":"string"},"line":{"$ref":"#/$defs/line"}}}},"recommendations":{"type":"array","items":{"type":"object","required":["text","line"],"properties":{"text":{"type":"string","minLength":1},"line":{"$ref":"#/$defs/line"}}}},"votes":{"type":"array","items":{"type":"object","required":["item","motion","for","against","abstain","result"],"properties":{"item":{"$ref":"#/$defs/nullableString"},"motion":{"$ref":"#/$defs/nullableString"},"for":{"$ref":"#/$defs/strings"},"against":{"$ref":"#/$defs/strings"},"abstain":{"$ref":"#/$defs/strings"},"result":{"enum":["carried","failed",null]}}}},"tables":{"type":"array","items":{"type":"object","required":["heading","columns","rows","values","footnotes","line"],"properties":{"heading":{"$ref":"#/$defs/nullableString"},"columns":{"$ref":"#/$defs/strings"},"rows":{"type":"array","items":{"$ref":"#/$defs/strings"}},"values":{"type":"array","items":{"type":"array","items":{"$ref":"#/$defs/cell"}}},"footnotes":{"$ref":"#/$defs/strings"},"line":{"$ref":"#/$defs/line"}}}},"sections":{"type":"array","items":{"type":"object","required":["number","title","line"],"properties":{"number":{"type":"string"},"title":{"type":"string"},"line":{"$ref":"#/$defs/line"}}}},"nextMeetingDate":{"type":["string","null"],"format":"date"},"exempt":{"type":"object","required":["exempt","paragraphs","reason"],"properties":{"exempt":{"type":"boolean"},"paragraphs":{"$ref":"#/$defs/strings"},"reason":{"$ref":"#/$defs/nullableString"},"line":{"type":["integer","null"]}}},"provenance":{"$ref":"#/$defs/provenance"}}}},"allOf":[{"$ref":"#/$defs/fields"}],"required":["documents","warnings"],"properties":{"documents":{"type":"array","items":{"allOf":[{"$ref":"#/$defs/fields"}],"required":["startLine","endLine"],"properties":{"startLine":{"$ref":"#/$defs/line"},"endLine":{"$ref":"#/$defs/line"}},"type":"object"}},"warnings":{"$ref":"#/$defs/strings"},"pages":{"type":["integer","null"],"minimum":0},"source":{"type":"object","description":"Present in CLI output: what was read.","properties":{"file":{"type":"string"},"format":{"type":"string"},"mediaType":{"type":"string"},"encoding":{"type":["string","null"]},"sha256":{"type":"string"}}}}};
const schema41 = {"type":"integer","minimum":1};
const schema37 = {"type":"array","items":{"type":"string"}};
const schema32 = {"type":"object","required":["documentType","council","body","meetingDate","meetingTime","venue","title","authors","wards","agendaItems","attendance","declarations","resolutions","actions","recommendations","votes","tables","sections","nextMeetingDate","exempt","provenance"],"properties":{"documentType":{"enum":["agenda-pack","agenda","minutes","report","appendix","work-programme","inspection-report","calendar","other"]},"council":{"$ref":"#/$defs/nullableString"},"body":{"$ref":"#/$defs/nullableString"},"meetingDate":{"type":["string","null"],"format":"date"},"meetingTime":{"type":["string","null"],"pattern":"^(?:[01]\\d|2[0-3]):[0-5]\\d$"},"venue":{"$ref":"#/$defs/nullableString"},"title":{"$ref":"#/$defs/nullableString"},"authors":{"$ref":"#/$defs/strings"},"wards":{"$ref":"#/$defs/strings"},"agendaItems":{"type":"array","items":{"type":"object","required":["number","title","time","pages","line"],"properties":{"number":{"type":["string","null"],"minLength":1,"description":"The item's number as printed (\"4\", \"A.1\", \"19/05/01\"), or null for an item the paper sets as a heading without a number."},"title":{"type":"string","minLength":1},"time":{"type":["string","null"],"pattern":"^(?:[01]\\d|2[0-3]):[0-5]\\d$"},"pages":{"$ref":"#/$defs/nullableString"},"description":{"$ref":"#/$defs/nullableString"},"line":{"$ref":"#/$defs/line"},"endLine":{"$ref":"#/$defs/line"}}}},"attendance":{"type":"object","required":["present","apologies","inAttendance"],"properties":{"present":{"$ref":"#/$defs/strings"},"apologies":{"$ref":"#/$defs/strings"},"inAttendance":{"$ref":"#/$defs/strings"},"substitutes":{"$ref":"#/$defs/strings"}}},"declarations":{"type":"array","items":{"type":"object","required":["member","text","line"],"properties":{"member":{"type":"string"},"text":{"type":"string"},"line":{"$ref":"#/$defs/line"}}}},"resolutions":{"type":"array","items":{"type":"object","required":["item","text","line"],"properties":{"item":{"$ref":"#/$defs/nullableString"},"text":{"type":"string","minLength":1},"line":{"$ref":"#/$defs/line"}}}},"actions":{"type":"array","items":{"type":"object","required":["item","owner","text","line"],"properties":{"item":{"$ref":"#/$defs/nullableString"},"owner":{"type":"string"},"text":{"type":"string"},"line":{"$ref":"#/$defs/line"}}}},"recommendations":{"type":"array","items":{"type":"object","required":["text","line"],"properties":{"text":{"type":"string","minLength":1},"line":{"$ref":"#/$defs/line"}}}},"votes":{"type":"array","items":{"type":"object","required":["item","motion","for","against","abstain","result"],"properties":{"item":{"$ref":"#/$defs/nullableString"},"motion":{"$ref":"#/$defs/nullableString"},"for":{"$ref":"#/$defs/strings"},"against":{"$ref":"#/$defs/strings"},"abstain":{"$ref":"#/$defs/strings"},"result":{"enum":["carried","failed",null]}}}},"tables":{"type":"array","items":{"type":"object","required":["heading","columns","rows","values","footnotes","line"],"properties":{"heading":{"$ref":"#/$defs/nullableString"},"columns":{"$ref":"#/$defs/strings"},"rows":{"type":"array","items":{"$ref":"#/$defs/strings"}},"values":{"type":"array","items":{"type":"array","items":{"$ref":"#/$defs/cell"}}},"footnotes":{"$ref":"#/$defs/strings"},"line":{"$ref":"#/$defs/line"}}}},"sections":{"type":"array","items":{"type":"object","required":["number","title","line"],"properties":{"number":{"type":"string"},"title":{"type":"string"},"line":{"$ref":"#/$defs/line"}}}},"nextMeetingDate":{"type":["string","null"],"format":"date"},"exempt":{"type":"object","required":["exempt","paragraphs","reason"],"properties":{"exempt":{"type":"boolean"},"paragraphs":{"$ref":"#/$defs/strings"},"reason":{"$ref":"#/$defs/nullableString"},"line":{"type":["integer","null"]}}},"provenance":{"$ref":"#/$defs/provenance"}}};
const schema33 = {"type":["string","null"]};
const schema61 = {"type":"object","required":["type","value"],"additionalProperties":false,"properties":{"type":{"enum":["integer","number","percentage","money","date","string","empty"]},"value":{"type":["number","string","null"]}}};
const schema67 = {"type":"object","additionalProperties":{"type":"object","required":["line"],"properties":{"line":{"type":"integer","minimum":0},"endLine":{"type":"integer"}},"additionalProperties":false}};
const formats0 = runtime0.date;
const pattern4 = new RegExp("^(?:[01]\\d|2[0-3]):[0-5]\\d$", "u");
const func1 = runtime1;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.documentType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documentType"},message:"must have required property '"+"documentType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.council === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "council"},message:"must have required property '"+"council"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.meetingDate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetingDate"},message:"must have required property '"+"meetingDate"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.meetingTime === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meetingTime"},message:"must have required property '"+"meetingTime"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.venue === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "venue"},message:"must have required property '"+"venue"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.authors === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authors"},message:"must have required property '"+"authors"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.wards === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wards"},message:"must have required property '"+"wards"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.agendaItems === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agendaItems"},message:"must have required property '"+"agendaItems"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.attendance === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attendance"},message:"must have required property '"+"attendance"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.declarations === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "declarations"},message:"must have required property '"+"declarations"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.resolutions === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resolutions"},message:"must have required property '"+"resolutions"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.actions === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actions"},message:"must have required property '"+"actions"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.recommendations === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recommendations"},message:"must have required property '"+"recommendations"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.votes === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "votes"},message:"must have required property '"+"votes"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.tables === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tables"},message:"must have required property '"+"tables"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.sections === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.nextMeetingDate === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nextMeetingDate"},message:"must have required property '"+"nextMeetingDate"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.exempt === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exempt"},message:"must have required property '"+"exempt"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.provenance === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.documentType !== undefined){
let data0 = data.documentType;
if(!(((((((((data0 === "agenda-pack") || (data0 === "agenda")) || (data0 === "minutes")) || (data0 === "report")) || (data0 === "appendix")) || (data0 === "work-programme")) || (data0 === "inspection-report")) || (data0 === "calendar")) || (data0 === "other"))){
const err21 = {instancePath:instancePath+"/documentType",schemaPath:"#/properties/documentType/enum",keyword:"enum",params:{allowedValues: schema32.properties.documentType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.council !== undefined){
let data1 = data.council;
if((typeof data1 !== "string") && (data1 !== null)){
const err22 = {instancePath:instancePath+"/council",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.body !== undefined){
let data2 = data.body;
if((typeof data2 !== "string") && (data2 !== null)){
const err23 = {instancePath:instancePath+"/body",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.meetingDate !== undefined){
let data3 = data.meetingDate;
if((typeof data3 !== "string") && (data3 !== null)){
const err24 = {instancePath:instancePath+"/meetingDate",schemaPath:"#/properties/meetingDate/type",keyword:"type",params:{type: schema32.properties.meetingDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err25 = {instancePath:instancePath+"/meetingDate",schemaPath:"#/properties/meetingDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.meetingTime !== undefined){
let data4 = data.meetingTime;
if((typeof data4 !== "string") && (data4 !== null)){
const err26 = {instancePath:instancePath+"/meetingTime",schemaPath:"#/properties/meetingTime/type",keyword:"type",params:{type: schema32.properties.meetingTime.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err27 = {instancePath:instancePath+"/meetingTime",schemaPath:"#/properties/meetingTime/pattern",keyword:"pattern",params:{pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^(?:[01]\\d|2[0-3]):[0-5]\\d$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.venue !== undefined){
let data5 = data.venue;
if((typeof data5 !== "string") && (data5 !== null)){
const err28 = {instancePath:instancePath+"/venue",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.title !== undefined){
let data6 = data.title;
if((typeof data6 !== "string") && (data6 !== null)){
const err29 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.authors !== undefined){
let data7 = data.authors;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err30 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err31 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.wards !== undefined){
let data9 = data.wards;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(typeof data9[i1] !== "string"){
const err32 = {instancePath:instancePath+"/wards/" + i1,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/wards",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.agendaItems !== undefined){
let data11 = data.agendaItems;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.number === undefined){
const err34 = {instancePath:instancePath+"/agendaItems/" + i2,schemaPath:"#/properties/agendaItems/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12.title === undefined){
const err35 = {instancePath:instancePath+"/agendaItems/" + i2,schemaPath:"#/properties/agendaItems/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.time === undefined){
const err36 = {instancePath:instancePath+"/agendaItems/" + i2,schemaPath:"#/properties/agendaItems/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12.pages === undefined){
const err37 = {instancePath:instancePath+"/agendaItems/" + i2,schemaPath:"#/properties/agendaItems/items/required",keyword:"required",params:{missingProperty: "pages"},message:"must have required property '"+"pages"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12.line === undefined){
const err38 = {instancePath:instancePath+"/agendaItems/" + i2,schemaPath:"#/properties/agendaItems/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12.number !== undefined){
let data13 = data12.number;
if((typeof data13 !== "string") && (data13 !== null)){
const err39 = {instancePath:instancePath+"/agendaItems/" + i2+"/number",schemaPath:"#/properties/agendaItems/items/properties/number/type",keyword:"type",params:{type: schema32.properties.agendaItems.items.properties.number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err40 = {instancePath:instancePath+"/agendaItems/" + i2+"/number",schemaPath:"#/properties/agendaItems/items/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data12.title !== undefined){
let data14 = data12.title;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err41 = {instancePath:instancePath+"/agendaItems/" + i2+"/title",schemaPath:"#/properties/agendaItems/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/agendaItems/" + i2+"/title",schemaPath:"#/properties/agendaItems/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data12.time !== undefined){
let data15 = data12.time;
if((typeof data15 !== "string") && (data15 !== null)){
const err43 = {instancePath:instancePath+"/agendaItems/" + i2+"/time",schemaPath:"#/properties/agendaItems/items/properties/time/type",keyword:"type",params:{type: schema32.properties.agendaItems.items.properties.time.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err44 = {instancePath:instancePath+"/agendaItems/" + i2+"/time",schemaPath:"#/properties/agendaItems/items/properties/time/pattern",keyword:"pattern",params:{pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^(?:[01]\\d|2[0-3]):[0-5]\\d$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data12.pages !== undefined){
let data16 = data12.pages;
if((typeof data16 !== "string") && (data16 !== null)){
const err45 = {instancePath:instancePath+"/agendaItems/" + i2+"/pages",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data12.description !== undefined){
let data17 = data12.description;
if((typeof data17 !== "string") && (data17 !== null)){
const err46 = {instancePath:instancePath+"/agendaItems/" + i2+"/description",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.line !== undefined){
let data18 = data12.line;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err47 = {instancePath:instancePath+"/agendaItems/" + i2+"/line",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/agendaItems/" + i2+"/line",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data12.endLine !== undefined){
let data19 = data12.endLine;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err49 = {instancePath:instancePath+"/agendaItems/" + i2+"/endLine",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err50 = {instancePath:instancePath+"/agendaItems/" + i2+"/endLine",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
else {
const err51 = {instancePath:instancePath+"/agendaItems/" + i2,schemaPath:"#/properties/agendaItems/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err52 = {instancePath:instancePath+"/agendaItems",schemaPath:"#/properties/agendaItems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.attendance !== undefined){
let data20 = data.attendance;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.present === undefined){
const err53 = {instancePath:instancePath+"/attendance",schemaPath:"#/properties/attendance/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data20.apologies === undefined){
const err54 = {instancePath:instancePath+"/attendance",schemaPath:"#/properties/attendance/required",keyword:"required",params:{missingProperty: "apologies"},message:"must have required property '"+"apologies"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data20.inAttendance === undefined){
const err55 = {instancePath:instancePath+"/attendance",schemaPath:"#/properties/attendance/required",keyword:"required",params:{missingProperty: "inAttendance"},message:"must have required property '"+"inAttendance"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data20.present !== undefined){
let data21 = data20.present;
if(Array.isArray(data21)){
const len3 = data21.length;
for(let i3=0; i3<len3; i3++){
if(typeof data21[i3] !== "string"){
const err56 = {instancePath:instancePath+"/attendance/present/" + i3,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err57 = {instancePath:instancePath+"/attendance/present",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data20.apologies !== undefined){
let data23 = data20.apologies;
if(Array.isArray(data23)){
const len4 = data23.length;
for(let i4=0; i4<len4; i4++){
if(typeof data23[i4] !== "string"){
const err58 = {instancePath:instancePath+"/attendance/apologies/" + i4,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/attendance/apologies",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data20.inAttendance !== undefined){
let data25 = data20.inAttendance;
if(Array.isArray(data25)){
const len5 = data25.length;
for(let i5=0; i5<len5; i5++){
if(typeof data25[i5] !== "string"){
const err60 = {instancePath:instancePath+"/attendance/inAttendance/" + i5,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/attendance/inAttendance",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data20.substitutes !== undefined){
let data27 = data20.substitutes;
if(Array.isArray(data27)){
const len6 = data27.length;
for(let i6=0; i6<len6; i6++){
if(typeof data27[i6] !== "string"){
const err62 = {instancePath:instancePath+"/attendance/substitutes/" + i6,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/attendance/substitutes",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/attendance",schemaPath:"#/properties/attendance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.declarations !== undefined){
let data29 = data.declarations;
if(Array.isArray(data29)){
const len7 = data29.length;
for(let i7=0; i7<len7; i7++){
let data30 = data29[i7];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.member === undefined){
const err65 = {instancePath:instancePath+"/declarations/" + i7,schemaPath:"#/properties/declarations/items/required",keyword:"required",params:{missingProperty: "member"},message:"must have required property '"+"member"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data30.text === undefined){
const err66 = {instancePath:instancePath+"/declarations/" + i7,schemaPath:"#/properties/declarations/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data30.line === undefined){
const err67 = {instancePath:instancePath+"/declarations/" + i7,schemaPath:"#/properties/declarations/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data30.member !== undefined){
if(typeof data30.member !== "string"){
const err68 = {instancePath:instancePath+"/declarations/" + i7+"/member",schemaPath:"#/properties/declarations/items/properties/member/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data30.text !== undefined){
if(typeof data30.text !== "string"){
const err69 = {instancePath:instancePath+"/declarations/" + i7+"/text",schemaPath:"#/properties/declarations/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data30.line !== undefined){
let data33 = data30.line;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err70 = {instancePath:instancePath+"/declarations/" + i7+"/line",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 1 || isNaN(data33)){
const err71 = {instancePath:instancePath+"/declarations/" + i7+"/line",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/declarations/" + i7,schemaPath:"#/properties/declarations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err73 = {instancePath:instancePath+"/declarations",schemaPath:"#/properties/declarations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.resolutions !== undefined){
let data34 = data.resolutions;
if(Array.isArray(data34)){
const len8 = data34.length;
for(let i8=0; i8<len8; i8++){
let data35 = data34[i8];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.item === undefined){
const err74 = {instancePath:instancePath+"/resolutions/" + i8,schemaPath:"#/properties/resolutions/items/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data35.text === undefined){
const err75 = {instancePath:instancePath+"/resolutions/" + i8,schemaPath:"#/properties/resolutions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data35.line === undefined){
const err76 = {instancePath:instancePath+"/resolutions/" + i8,schemaPath:"#/properties/resolutions/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data35.item !== undefined){
let data36 = data35.item;
if((typeof data36 !== "string") && (data36 !== null)){
const err77 = {instancePath:instancePath+"/resolutions/" + i8+"/item",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data35.text !== undefined){
let data37 = data35.text;
if(typeof data37 === "string"){
if(func1(data37) < 1){
const err78 = {instancePath:instancePath+"/resolutions/" + i8+"/text",schemaPath:"#/properties/resolutions/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err79 = {instancePath:instancePath+"/resolutions/" + i8+"/text",schemaPath:"#/properties/resolutions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data35.line !== undefined){
let data38 = data35.line;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err80 = {instancePath:instancePath+"/resolutions/" + i8+"/line",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 1 || isNaN(data38)){
const err81 = {instancePath:instancePath+"/resolutions/" + i8+"/line",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
}
else {
const err82 = {instancePath:instancePath+"/resolutions/" + i8,schemaPath:"#/properties/resolutions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/resolutions",schemaPath:"#/properties/resolutions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.actions !== undefined){
let data39 = data.actions;
if(Array.isArray(data39)){
const len9 = data39.length;
for(let i9=0; i9<len9; i9++){
let data40 = data39[i9];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.item === undefined){
const err84 = {instancePath:instancePath+"/actions/" + i9,schemaPath:"#/properties/actions/items/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data40.owner === undefined){
const err85 = {instancePath:instancePath+"/actions/" + i9,schemaPath:"#/properties/actions/items/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data40.text === undefined){
const err86 = {instancePath:instancePath+"/actions/" + i9,schemaPath:"#/properties/actions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data40.line === undefined){
const err87 = {instancePath:instancePath+"/actions/" + i9,schemaPath:"#/properties/actions/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data40.item !== undefined){
let data41 = data40.item;
if((typeof data41 !== "string") && (data41 !== null)){
const err88 = {instancePath:instancePath+"/actions/" + i9+"/item",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data40.owner !== undefined){
if(typeof data40.owner !== "string"){
const err89 = {instancePath:instancePath+"/actions/" + i9+"/owner",schemaPath:"#/properties/actions/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data40.text !== undefined){
if(typeof data40.text !== "string"){
const err90 = {instancePath:instancePath+"/actions/" + i9+"/text",schemaPath:"#/properties/actions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data40.line !== undefined){
let data44 = data40.line;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err91 = {instancePath:instancePath+"/actions/" + i9+"/line",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 1 || isNaN(data44)){
const err92 = {instancePath:instancePath+"/actions/" + i9+"/line",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
}
else {
const err93 = {instancePath:instancePath+"/actions/" + i9,schemaPath:"#/properties/actions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.recommendations !== undefined){
let data45 = data.recommendations;
if(Array.isArray(data45)){
const len10 = data45.length;
for(let i10=0; i10<len10; i10++){
let data46 = data45[i10];
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.text === undefined){
const err95 = {instancePath:instancePath+"/recommendations/" + i10,schemaPath:"#/properties/recommendations/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data46.line === undefined){
const err96 = {instancePath:instancePath+"/recommendations/" + i10,schemaPath:"#/properties/recommendations/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data46.text !== undefined){
let data47 = data46.text;
if(typeof data47 === "string"){
if(func1(data47) < 1){
const err97 = {instancePath:instancePath+"/recommendations/" + i10+"/text",schemaPath:"#/properties/recommendations/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/recommendations/" + i10+"/text",schemaPath:"#/properties/recommendations/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data46.line !== undefined){
let data48 = data46.line;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err99 = {instancePath:instancePath+"/recommendations/" + i10+"/line",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 1 || isNaN(data48)){
const err100 = {instancePath:instancePath+"/recommendations/" + i10+"/line",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
}
else {
const err101 = {instancePath:instancePath+"/recommendations/" + i10,schemaPath:"#/properties/recommendations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/recommendations",schemaPath:"#/properties/recommendations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.votes !== undefined){
let data49 = data.votes;
if(Array.isArray(data49)){
const len11 = data49.length;
for(let i11=0; i11<len11; i11++){
let data50 = data49[i11];
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.item === undefined){
const err103 = {instancePath:instancePath+"/votes/" + i11,schemaPath:"#/properties/votes/items/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data50.motion === undefined){
const err104 = {instancePath:instancePath+"/votes/" + i11,schemaPath:"#/properties/votes/items/required",keyword:"required",params:{missingProperty: "motion"},message:"must have required property '"+"motion"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data50.for === undefined){
const err105 = {instancePath:instancePath+"/votes/" + i11,schemaPath:"#/properties/votes/items/required",keyword:"required",params:{missingProperty: "for"},message:"must have required property '"+"for"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data50.against === undefined){
const err106 = {instancePath:instancePath+"/votes/" + i11,schemaPath:"#/properties/votes/items/required",keyword:"required",params:{missingProperty: "against"},message:"must have required property '"+"against"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data50.abstain === undefined){
const err107 = {instancePath:instancePath+"/votes/" + i11,schemaPath:"#/properties/votes/items/required",keyword:"required",params:{missingProperty: "abstain"},message:"must have required property '"+"abstain"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data50.result === undefined){
const err108 = {instancePath:instancePath+"/votes/" + i11,schemaPath:"#/properties/votes/items/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data50.item !== undefined){
let data51 = data50.item;
if((typeof data51 !== "string") && (data51 !== null)){
const err109 = {instancePath:instancePath+"/votes/" + i11+"/item",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data50.motion !== undefined){
let data52 = data50.motion;
if((typeof data52 !== "string") && (data52 !== null)){
const err110 = {instancePath:instancePath+"/votes/" + i11+"/motion",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data50.for !== undefined){
let data53 = data50.for;
if(Array.isArray(data53)){
const len12 = data53.length;
for(let i12=0; i12<len12; i12++){
if(typeof data53[i12] !== "string"){
const err111 = {instancePath:instancePath+"/votes/" + i11+"/for/" + i12,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/votes/" + i11+"/for",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data50.against !== undefined){
let data55 = data50.against;
if(Array.isArray(data55)){
const len13 = data55.length;
for(let i13=0; i13<len13; i13++){
if(typeof data55[i13] !== "string"){
const err113 = {instancePath:instancePath+"/votes/" + i11+"/against/" + i13,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/votes/" + i11+"/against",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data50.abstain !== undefined){
let data57 = data50.abstain;
if(Array.isArray(data57)){
const len14 = data57.length;
for(let i14=0; i14<len14; i14++){
if(typeof data57[i14] !== "string"){
const err115 = {instancePath:instancePath+"/votes/" + i11+"/abstain/" + i14,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err116 = {instancePath:instancePath+"/votes/" + i11+"/abstain",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data50.result !== undefined){
let data59 = data50.result;
if(!(((data59 === "carried") || (data59 === "failed")) || (data59 === null))){
const err117 = {instancePath:instancePath+"/votes/" + i11+"/result",schemaPath:"#/properties/votes/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema32.properties.votes.items.properties.result.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/votes/" + i11,schemaPath:"#/properties/votes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err119 = {instancePath:instancePath+"/votes",schemaPath:"#/properties/votes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.tables !== undefined){
let data60 = data.tables;
if(Array.isArray(data60)){
const len15 = data60.length;
for(let i15=0; i15<len15; i15++){
let data61 = data60[i15];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.heading === undefined){
const err120 = {instancePath:instancePath+"/tables/" + i15,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "heading"},message:"must have required property '"+"heading"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data61.columns === undefined){
const err121 = {instancePath:instancePath+"/tables/" + i15,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data61.rows === undefined){
const err122 = {instancePath:instancePath+"/tables/" + i15,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data61.values === undefined){
const err123 = {instancePath:instancePath+"/tables/" + i15,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data61.footnotes === undefined){
const err124 = {instancePath:instancePath+"/tables/" + i15,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "footnotes"},message:"must have required property '"+"footnotes"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data61.line === undefined){
const err125 = {instancePath:instancePath+"/tables/" + i15,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data61.heading !== undefined){
let data62 = data61.heading;
if((typeof data62 !== "string") && (data62 !== null)){
const err126 = {instancePath:instancePath+"/tables/" + i15+"/heading",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data61.columns !== undefined){
let data63 = data61.columns;
if(Array.isArray(data63)){
const len16 = data63.length;
for(let i16=0; i16<len16; i16++){
if(typeof data63[i16] !== "string"){
const err127 = {instancePath:instancePath+"/tables/" + i15+"/columns/" + i16,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/tables/" + i15+"/columns",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data61.rows !== undefined){
let data65 = data61.rows;
if(Array.isArray(data65)){
const len17 = data65.length;
for(let i17=0; i17<len17; i17++){
let data66 = data65[i17];
if(Array.isArray(data66)){
const len18 = data66.length;
for(let i18=0; i18<len18; i18++){
if(typeof data66[i18] !== "string"){
const err129 = {instancePath:instancePath+"/tables/" + i15+"/rows/" + i17+"/" + i18,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/tables/" + i15+"/rows/" + i17,schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/tables/" + i15+"/rows",schemaPath:"#/properties/tables/items/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data61.values !== undefined){
let data68 = data61.values;
if(Array.isArray(data68)){
const len19 = data68.length;
for(let i19=0; i19<len19; i19++){
let data69 = data68[i19];
if(Array.isArray(data69)){
const len20 = data69.length;
for(let i20=0; i20<len20; i20++){
let data70 = data69[i20];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.type === undefined){
const err132 = {instancePath:instancePath+"/tables/" + i15+"/values/" + i19+"/" + i20,schemaPath:"#/$defs/cell/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data70.value === undefined){
const err133 = {instancePath:instancePath+"/tables/" + i15+"/values/" + i19+"/" + i20,schemaPath:"#/$defs/cell/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
for(const key0 in data70){
if(!((key0 === "type") || (key0 === "value"))){
const err134 = {instancePath:instancePath+"/tables/" + i15+"/values/" + i19+"/" + i20,schemaPath:"#/$defs/cell/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data70.type !== undefined){
let data71 = data70.type;
if(!(((((((data71 === "integer") || (data71 === "number")) || (data71 === "percentage")) || (data71 === "money")) || (data71 === "date")) || (data71 === "string")) || (data71 === "empty"))){
const err135 = {instancePath:instancePath+"/tables/" + i15+"/values/" + i19+"/" + i20+"/type",schemaPath:"#/$defs/cell/properties/type/enum",keyword:"enum",params:{allowedValues: schema61.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data70.value !== undefined){
let data72 = data70.value;
if(((!((typeof data72 == "number") && (isFinite(data72)))) && (typeof data72 !== "string")) && (data72 !== null)){
const err136 = {instancePath:instancePath+"/tables/" + i15+"/values/" + i19+"/" + i20+"/value",schemaPath:"#/$defs/cell/properties/value/type",keyword:"type",params:{type: schema61.properties.value.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/tables/" + i15+"/values/" + i19+"/" + i20,schemaPath:"#/$defs/cell/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/tables/" + i15+"/values/" + i19,schemaPath:"#/properties/tables/items/properties/values/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/tables/" + i15+"/values",schemaPath:"#/properties/tables/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data61.footnotes !== undefined){
let data73 = data61.footnotes;
if(Array.isArray(data73)){
const len21 = data73.length;
for(let i21=0; i21<len21; i21++){
if(typeof data73[i21] !== "string"){
const err140 = {instancePath:instancePath+"/tables/" + i15+"/footnotes/" + i21,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/tables/" + i15+"/footnotes",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data61.line !== undefined){
let data75 = data61.line;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err142 = {instancePath:instancePath+"/tables/" + i15+"/line",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 1 || isNaN(data75)){
const err143 = {instancePath:instancePath+"/tables/" + i15+"/line",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
}
else {
const err144 = {instancePath:instancePath+"/tables/" + i15,schemaPath:"#/properties/tables/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.sections !== undefined){
let data76 = data.sections;
if(Array.isArray(data76)){
const len22 = data76.length;
for(let i22=0; i22<len22; i22++){
let data77 = data76[i22];
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.number === undefined){
const err146 = {instancePath:instancePath+"/sections/" + i22,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data77.title === undefined){
const err147 = {instancePath:instancePath+"/sections/" + i22,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data77.line === undefined){
const err148 = {instancePath:instancePath+"/sections/" + i22,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data77.number !== undefined){
if(typeof data77.number !== "string"){
const err149 = {instancePath:instancePath+"/sections/" + i22+"/number",schemaPath:"#/properties/sections/items/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data77.title !== undefined){
if(typeof data77.title !== "string"){
const err150 = {instancePath:instancePath+"/sections/" + i22+"/title",schemaPath:"#/properties/sections/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data77.line !== undefined){
let data80 = data77.line;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err151 = {instancePath:instancePath+"/sections/" + i22+"/line",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 1 || isNaN(data80)){
const err152 = {instancePath:instancePath+"/sections/" + i22+"/line",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
}
else {
const err153 = {instancePath:instancePath+"/sections/" + i22,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data.nextMeetingDate !== undefined){
let data81 = data.nextMeetingDate;
if((typeof data81 !== "string") && (data81 !== null)){
const err155 = {instancePath:instancePath+"/nextMeetingDate",schemaPath:"#/properties/nextMeetingDate/type",keyword:"type",params:{type: schema32.properties.nextMeetingDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(typeof data81 === "string"){
if(!(formats0.validate(data81))){
const err156 = {instancePath:instancePath+"/nextMeetingDate",schemaPath:"#/properties/nextMeetingDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
if(data.exempt !== undefined){
let data82 = data.exempt;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.exempt === undefined){
const err157 = {instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/required",keyword:"required",params:{missingProperty: "exempt"},message:"must have required property '"+"exempt"+"'"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data82.paragraphs === undefined){
const err158 = {instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/required",keyword:"required",params:{missingProperty: "paragraphs"},message:"must have required property '"+"paragraphs"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data82.reason === undefined){
const err159 = {instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data82.exempt !== undefined){
if(typeof data82.exempt !== "boolean"){
const err160 = {instancePath:instancePath+"/exempt/exempt",schemaPath:"#/properties/exempt/properties/exempt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data82.paragraphs !== undefined){
let data84 = data82.paragraphs;
if(Array.isArray(data84)){
const len23 = data84.length;
for(let i23=0; i23<len23; i23++){
if(typeof data84[i23] !== "string"){
const err161 = {instancePath:instancePath+"/exempt/paragraphs/" + i23,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/exempt/paragraphs",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data82.reason !== undefined){
let data86 = data82.reason;
if((typeof data86 !== "string") && (data86 !== null)){
const err163 = {instancePath:instancePath+"/exempt/reason",schemaPath:"#/$defs/nullableString/type",keyword:"type",params:{type: schema33.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data82.line !== undefined){
let data87 = data82.line;
if((!(((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87))) && (isFinite(data87)))) && (data87 !== null)){
const err164 = {instancePath:instancePath+"/exempt/line",schemaPath:"#/properties/exempt/properties/line/type",keyword:"type",params:{type: schema32.properties.exempt.properties.line.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data.provenance !== undefined){
let data88 = data.provenance;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
for(const key1 in data88){
let data89 = data88[key1];
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.line === undefined){
const err166 = {instancePath:instancePath+"/provenance/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/provenance/additionalProperties/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
for(const key2 in data89){
if(!((key2 === "line") || (key2 === "endLine"))){
const err167 = {instancePath:instancePath+"/provenance/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/provenance/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data89.line !== undefined){
let data90 = data89.line;
if(!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))){
const err168 = {instancePath:instancePath+"/provenance/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/$defs/provenance/additionalProperties/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 < 0 || isNaN(data90)){
const err169 = {instancePath:instancePath+"/provenance/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/line",schemaPath:"#/$defs/provenance/additionalProperties/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
if(data89.endLine !== undefined){
let data91 = data89.endLine;
if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){
const err170 = {instancePath:instancePath+"/provenance/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/endLine",schemaPath:"#/$defs/provenance/additionalProperties/properties/endLine/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/provenance/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/provenance/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/provenance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"documentType":true,"council":true,"body":true,"meetingDate":true,"meetingTime":true,"venue":true,"title":true,"authors":true,"wards":true,"agendaItems":true,"attendance":true,"declarations":true,"resolutions":true,"actions":true,"recommendations":true,"votes":true,"tables":true,"sections":true,"nextMeetingDate":true,"exempt":true,"provenance":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:council-papers:schema:paper" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.documents === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documents"},message:"must have required property '"+"documents"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.warnings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.documents !== undefined){
let data0 = data.documents;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(validate21(data1, {instancePath:instancePath+"/documents/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.startLine === undefined){
const err2 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/properties/documents/items/required",keyword:"required",params:{missingProperty: "startLine"},message:"must have required property '"+"startLine"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.endLine === undefined){
const err3 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/properties/documents/items/required",keyword:"required",params:{missingProperty: "endLine"},message:"must have required property '"+"endLine"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.startLine !== undefined){
let data2 = data1.startLine;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/documents/" + i0+"/startLine",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/documents/" + i0+"/startLine",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data1.endLine !== undefined){
let data3 = data1.endLine;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/documents/" + i0+"/endLine",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/documents/" + i0+"/endLine",schemaPath:"#/$defs/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err8 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/properties/documents/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err9 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.warnings !== undefined){
let data4 = data.warnings;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err10 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/$defs/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err11 = {instancePath:instancePath+"/warnings",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.pages !== undefined){
let data6 = data.pages;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/pages",schemaPath:"#/properties/pages/type",keyword:"type",params:{type: schema31.properties.pages.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/pages",schemaPath:"#/properties/pages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.source !== undefined){
let data7 = data.source;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.file !== undefined){
if(typeof data7.file !== "string"){
const err14 = {instancePath:instancePath+"/source/file",schemaPath:"#/properties/source/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.format !== undefined){
if(typeof data7.format !== "string"){
const err15 = {instancePath:instancePath+"/source/format",schemaPath:"#/properties/source/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.mediaType !== undefined){
if(typeof data7.mediaType !== "string"){
const err16 = {instancePath:instancePath+"/source/mediaType",schemaPath:"#/properties/source/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.encoding !== undefined){
let data11 = data7.encoding;
if((typeof data11 !== "string") && (data11 !== null)){
const err17 = {instancePath:instancePath+"/source/encoding",schemaPath:"#/properties/source/properties/encoding/type",keyword:"type",params:{type: schema31.properties.source.properties.encoding.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.sha256 !== undefined){
if(typeof data7.sha256 !== "string"){
const err18 = {instancePath:instancePath+"/source/sha256",schemaPath:"#/properties/source/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"documents":true,"warnings":true,"pages":true,"source":true,"documentType":true,"council":true,"body":true,"meetingDate":true,"meetingTime":true,"venue":true,"title":true,"authors":true,"wards":true,"agendaItems":true,"attendance":true,"declarations":true,"resolutions":true,"actions":true,"recommendations":true,"votes":true,"tables":true,"sections":true,"nextMeetingDate":true,"exempt":true,"provenance":true},"dynamicProps":false,"dynamicItems":false};
