// @ts-nocheck
/* eslint-disable */
// GENERATED from schemas/ledger.schema.json by src/validate/compile-schema.ts — do not edit.
// Regenerate: npm run build && node dist/validate/compile-schema.js
import runtime_ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const runtime_ucs2length = runtime_ucs2lengthModule.default ?? runtime_ucs2lengthModule;

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"整改台账（rectify 台账格式第 1 版）","description":"巡察（巡视、审计、督查）反馈问题整改台账。rectify 据此校验并生成整改进展情况报告。","type":"object","additionalProperties":false,"required":["rectify","report","inspection","aspects"],"properties":{"rectify":{"const":1,"description":"台账格式版本，目前固定为 1"},"report":{"type":"object","description":"报告本身的信息","additionalProperties":false,"properties":{"title":{"type":"string","description":"报告标题，例如“XX县司法局关于……整改进展情况的报告”","minLength":1},"unit":{"type":"string","description":"发文机关署名","minLength":1},"date":{"$ref":"#/$defs/date","description":"成文日期，YYYY-MM-DD；也是判断逾期的基准日"},"to":{"type":"string","description":"主送机关（可选）"},"stage":{"type":"string","description":"报告阶段：progress 整改进展（默认）或 final 整改完成","enum":["progress","final"],"enumDescriptions":["progress：整改进展情况报告（整改进展）","final：整改完成情况报告（整改完成）"],"markdownEnumDescriptions":["progress：整改进展情况报告（整改进展）","final：整改完成情况报告（整改完成）"]}},"required":["title","unit","date"]},"inspection":{"type":"object","description":"巡察（巡视、审计、督查）本身的信息","additionalProperties":false,"properties":{"by":{"type":"string","description":"巡察组，例如“市委第五巡察组”","minLength":1},"target":{"type":"string","description":"被巡察单位，例如“XX县司法局党组”","minLength":1},"arranged_by":{"type":"string","description":"根据谁的安排，例如“市委”","minLength":1},"kind":{"type":"string","description":"检查类型，默认“巡察”","enum":["巡察","巡视","审计","督查"],"enumDescriptions":["巡察：党委巡察","巡视：党委巡视","审计：审计机关审计","督查：督促检查"],"markdownEnumDescriptions":["巡察：党委巡察","巡视：党委巡视","审计：审计机关审计","督查：督促检查"]},"visit":{"type":"object","description":"进驻（现场检查）起止日期","additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/date","description":"进驻开始日期，YYYY-MM-DD"},"to":{"$ref":"#/$defs/date","description":"进驻结束日期，YYYY-MM-DD"}},"required":["from","to"]},"feedback":{"$ref":"#/$defs/date","description":"反馈意见的日期，YYYY-MM-DD"},"declared":{"type":"object","description":"巡察组反馈意见中写明的数字，rectify 会与台账实际数字核对","additionalProperties":false,"properties":{"aspects":{"type":"integer","minimum":0,"description":"反馈意见中写明的方面数"},"issues":{"type":"integer","minimum":0,"description":"反馈意见中写明的问题数"},"measures":{"type":"integer","minimum":0,"description":"写明的整改措施条数"}}}},"required":["by","target","arranged_by","visit","feedback"]},"people":{"type":"array","description":"人员名册：责任领导和责任人，以编号引用","items":{"type":"object","description":"一名人员","additionalProperties":false,"properties":{"id":{"type":"string","description":"人员编号，在整本台账中唯一","minLength":1},"name":{"type":"string","description":"姓名","minLength":1},"title":{"type":"string","description":"职务（可选）"}},"required":["id","name"]}},"units":{"type":"array","description":"责任单位（科室）名册，以编号引用","items":{"type":"object","description":"一个责任单位","additionalProperties":false,"properties":{"id":{"type":"string","description":"单位编号，在整本台账中唯一","minLength":1},"name":{"type":"string","description":"单位名称","minLength":1}},"required":["id","name"]}},"overview":{"type":"array","description":"第一部分“整改工作基本情况”的叙述，按块排列","items":{"type":"object","description":"一段叙述：{lead, points} 或 {text}","additionalProperties":false,"properties":{"lead":{"type":"string","description":"引导语，例如“XXX同志认真履行第一责任人职责，”"},"points":{"type":"array","description":"分点叙述，依次写作“一是……二是……”","items":{"type":"object","description":"一个要点","additionalProperties":false,"properties":{"title":{"type":"string","description":"要点标题，例如“加强领导”","minLength":1},"text":{"type":"string","description":"要点内容"}},"required":["title"]}},"text":{"type":"string","description":"一段完整的叙述文字"},"break":{"type":"boolean","description":"为 true 时从本块起另起一段"}}}},"aspects":{"type":"array","description":"反馈意见的各个方面及其问题","items":{"$ref":"#/$defs/aspect","description":"反馈意见的一个方面，报告中写作（一）（二）……"},"minItems":1},"metrics":{"type":"array","description":"全局关键数据","items":{"$ref":"#/$defs/metric","description":"关键数据：可在正文中用 {{metrics.ID}} 引用，并列入附件台账"}},"referrals":{"type":"object","description":"移交的问题线索和信访件","additionalProperties":false,"properties":{"clues":{"type":"integer","minimum":0,"description":"移交问题线索数"},"petitions":{"type":"integer","minimum":0,"description":"移交信访件数"},"text":{"type":"string","description":"办理情况的说明"}}},"plans":{"type":"object","description":"第三部分“今后整改工作打算”","additionalProperties":false,"properties":{"shortcomings":{"type":"string","description":"存在的不足"},"lead":{"type":"string","description":"引导语，例如“下步，我们将……”"},"items":{"type":"array","description":"今后打算，逐条","items":{"type":"string","description":"一条打算"}}},"required":["items"]},"appendix":{"type":"object","description":"附件","additionalProperties":false,"properties":{"ledger":{"type":"boolean","description":"为 true 时附上整改台账表"}}},"redact":{"type":"array","description":"公开版本中需要遮盖的文字（地名、人名等）","items":{"description":"要遮盖的文字；或 {text, mask} 指定替换文字","type":["string","object"],"additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","description":"要遮盖的文字","minLength":1},"mask":{"type":"string","description":"替换文字，默认每个字替换为一个 X"}},"minLength":1}}},"$defs":{"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"日期，YYYY-MM-DD，例如 2023-12-01"},"status":{"description":"整改状态。可写英文（done、in-progress、ongoing、partial、not-started）或中文（已整改完成、正在整改、长期坚持、基本完成、未启动及其别名）","type":"string","enum":["done","in-progress","ongoing","partial","not-started","已整改完成","已完成","已整改","正在整改","整改中","长期坚持","持续整改","基本完成","部分整改","未启动","未整改"],"enumDescriptions":["已整改完成：问题或措施已整改到位","正在整改：整改工作正在推进","长期坚持：需要长期坚持、持续整改","基本完成：已部分整改、基本完成","未启动：尚未开始整改","已整改完成：等同于 done（已整改完成）","已完成：等同于 done（已整改完成）","已整改：等同于 done（已整改完成）","正在整改：等同于 in-progress（正在整改）","整改中：等同于 in-progress（正在整改）","长期坚持：等同于 ongoing（长期坚持）","持续整改：等同于 ongoing（长期坚持）","基本完成：等同于 partial（基本完成）","部分整改：等同于 partial（基本完成）","未启动：等同于 not-started（未启动）","未整改：等同于 not-started（未启动）"],"markdownEnumDescriptions":["已整改完成：问题或措施已整改到位","正在整改：整改工作正在推进","长期坚持：需要长期坚持、持续整改","基本完成：已部分整改、基本完成","未启动：尚未开始整改","已整改完成：等同于 done（已整改完成）","已完成：等同于 done（已整改完成）","已整改：等同于 done（已整改完成）","正在整改：等同于 in-progress（正在整改）","整改中：等同于 in-progress（正在整改）","长期坚持：等同于 ongoing（长期坚持）","持续整改：等同于 ongoing（长期坚持）","基本完成：等同于 partial（基本完成）","部分整改：等同于 partial（基本完成）","未启动：等同于 not-started（未启动）","未整改：等同于 not-started（未启动）"]},"metric":{"type":"object","description":"关键数据：可在正文中用 {{metrics.ID}} 引用，并列入附件台账","additionalProperties":false,"properties":{"id":{"type":"string","description":"数据编号，在整本台账中唯一，用于 {{metrics.编号}} 占位符","minLength":1},"name":{"type":"string","description":"数据名称，例如“参与律师人数”","minLength":1},"value":{"type":"number","description":"数据的数值"},"unit":{"type":"string","description":"计量单位，例如“名”“家”“件”"},"target":{"type":"number","description":"目标值（可选）"}},"required":["id","name","value"]},"measure":{"type":"object","description":"一条整改措施，报告中写作“一是……二是……”","additionalProperties":false,"properties":{"id":{"type":"string","description":"措施编号（可选），在整本台账中唯一","minLength":1},"text":{"type":"string","description":"措施内容，原样写入报告；可使用 {{…}} 占位符","minLength":1},"status":{"$ref":"#/$defs/status","description":"措施的整改状态；不写时随所属问题"},"due":{"$ref":"#/$defs/date","description":"整改时限，YYYY-MM-DD"},"done":{"$ref":"#/$defs/date","description":"完成日期，YYYY-MM-DD，不得晚于报告日期"},"owners":{"type":"array","description":"责任人：people 中的人员编号","items":{"type":"string","description":"人员编号（people[].id）"}},"evidence":{"type":"array","description":"佐证材料名称","items":{"type":"string","description":"一份佐证材料，例如文件名或文号"}},"metrics":{"type":"array","description":"本措施的关键数据","items":{"$ref":"#/$defs/metric","description":"关键数据：可在正文中用 {{metrics.ID}} 引用，并列入附件台账"}}},"required":["text"]},"issue":{"type":"object","description":"一个具体问题（反馈意见中的一项问题）","additionalProperties":false,"properties":{"id":{"type":"string","description":"问题编号，在整本台账中唯一，例如 1-1","minLength":1},"title":{"type":"string","description":"问题表述；该方面只有一个问题时可省略","minLength":1},"status":{"$ref":"#/$defs/status","description":"问题的整改状态；不写时由各项措施的状态推定"},"leader":{"type":"string","description":"责任领导：people 中的人员编号","minLength":1},"units":{"type":"array","description":"责任单位：units 中的单位编号","items":{"type":"string","description":"单位编号（units[].id）"}},"owners":{"type":"array","description":"责任人：people 中的人员编号","items":{"type":"string","description":"人员编号（people[].id）"}},"due":{"$ref":"#/$defs/date","description":"整改时限，YYYY-MM-DD"},"done":{"$ref":"#/$defs/date","description":"完成日期，YYYY-MM-DD，不得晚于报告日期"},"progress":{"type":"string","description":"整改进展的补充说明（可选）"},"measures":{"type":"array","description":"整改措施，依次写作“一是……二是……”","items":{"$ref":"#/$defs/measure","description":"一条整改措施，报告中写作“一是……二是……”"}}},"required":["id"]},"aspect":{"type":"object","description":"反馈意见的一个方面，报告中写作（一）（二）……","additionalProperties":false,"properties":{"id":{"type":"string","description":"方面编号（可选），在整本台账中唯一","minLength":1},"title":{"type":"string","description":"方面表述，例如“落实上级决策部署不到位”","minLength":1},"issues":{"type":"array","description":"该方面下的具体问题","items":{"$ref":"#/$defs/issue","description":"一个具体问题（反馈意见中的一项问题）"},"minItems":1}},"required":["title","issues"]}}};
const schema32 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"日期，YYYY-MM-DD，例如 2023-12-01"};
const schema45 = {"type":"object","description":"关键数据：可在正文中用 {{metrics.ID}} 引用，并列入附件台账","additionalProperties":false,"properties":{"id":{"type":"string","description":"数据编号，在整本台账中唯一，用于 {{metrics.编号}} 占位符","minLength":1},"name":{"type":"string","description":"数据名称，例如“参与律师人数”","minLength":1},"value":{"type":"number","description":"数据的数值"},"unit":{"type":"string","description":"计量单位，例如“名”“家”“件”"},"target":{"type":"number","description":"目标值（可选）"}},"required":["id","name","value"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime_ucs2length;
const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const schema36 = {"type":"object","description":"反馈意见的一个方面，报告中写作（一）（二）……","additionalProperties":false,"properties":{"id":{"type":"string","description":"方面编号（可选），在整本台账中唯一","minLength":1},"title":{"type":"string","description":"方面表述，例如“落实上级决策部署不到位”","minLength":1},"issues":{"type":"array","description":"该方面下的具体问题","items":{"$ref":"#/$defs/issue","description":"一个具体问题（反馈意见中的一项问题）"},"minItems":1}},"required":["title","issues"]};
const schema37 = {"type":"object","description":"一个具体问题（反馈意见中的一项问题）","additionalProperties":false,"properties":{"id":{"type":"string","description":"问题编号，在整本台账中唯一，例如 1-1","minLength":1},"title":{"type":"string","description":"问题表述；该方面只有一个问题时可省略","minLength":1},"status":{"$ref":"#/$defs/status","description":"问题的整改状态；不写时由各项措施的状态推定"},"leader":{"type":"string","description":"责任领导：people 中的人员编号","minLength":1},"units":{"type":"array","description":"责任单位：units 中的单位编号","items":{"type":"string","description":"单位编号（units[].id）"}},"owners":{"type":"array","description":"责任人：people 中的人员编号","items":{"type":"string","description":"人员编号（people[].id）"}},"due":{"$ref":"#/$defs/date","description":"整改时限，YYYY-MM-DD"},"done":{"$ref":"#/$defs/date","description":"完成日期，YYYY-MM-DD，不得晚于报告日期"},"progress":{"type":"string","description":"整改进展的补充说明（可选）"},"measures":{"type":"array","description":"整改措施，依次写作“一是……二是……”","items":{"$ref":"#/$defs/measure","description":"一条整改措施，报告中写作“一是……二是……”"}}},"required":["id"]};
const schema38 = {"description":"整改状态。可写英文（done、in-progress、ongoing、partial、not-started）或中文（已整改完成、正在整改、长期坚持、基本完成、未启动及其别名）","type":"string","enum":["done","in-progress","ongoing","partial","not-started","已整改完成","已完成","已整改","正在整改","整改中","长期坚持","持续整改","基本完成","部分整改","未启动","未整改"],"enumDescriptions":["已整改完成：问题或措施已整改到位","正在整改：整改工作正在推进","长期坚持：需要长期坚持、持续整改","基本完成：已部分整改、基本完成","未启动：尚未开始整改","已整改完成：等同于 done（已整改完成）","已完成：等同于 done（已整改完成）","已整改：等同于 done（已整改完成）","正在整改：等同于 in-progress（正在整改）","整改中：等同于 in-progress（正在整改）","长期坚持：等同于 ongoing（长期坚持）","持续整改：等同于 ongoing（长期坚持）","基本完成：等同于 partial（基本完成）","部分整改：等同于 partial（基本完成）","未启动：等同于 not-started（未启动）","未整改：等同于 not-started（未启动）"],"markdownEnumDescriptions":["已整改完成：问题或措施已整改到位","正在整改：整改工作正在推进","长期坚持：需要长期坚持、持续整改","基本完成：已部分整改、基本完成","未启动：尚未开始整改","已整改完成：等同于 done（已整改完成）","已完成：等同于 done（已整改完成）","已整改：等同于 done（已整改完成）","正在整改：等同于 in-progress（正在整改）","整改中：等同于 in-progress（正在整改）","长期坚持：等同于 ongoing（长期坚持）","持续整改：等同于 ongoing（长期坚持）","基本完成：等同于 partial（基本完成）","部分整改：等同于 partial（基本完成）","未启动：等同于 not-started（未启动）","未整改：等同于 not-started（未启动）"]};
const schema41 = {"type":"object","description":"一条整改措施，报告中写作“一是……二是……”","additionalProperties":false,"properties":{"id":{"type":"string","description":"措施编号（可选），在整本台账中唯一","minLength":1},"text":{"type":"string","description":"措施内容，原样写入报告；可使用 {{…}} 占位符","minLength":1},"status":{"$ref":"#/$defs/status","description":"措施的整改状态；不写时随所属问题"},"due":{"$ref":"#/$defs/date","description":"整改时限，YYYY-MM-DD"},"done":{"$ref":"#/$defs/date","description":"完成日期，YYYY-MM-DD，不得晚于报告日期"},"owners":{"type":"array","description":"责任人：people 中的人员编号","items":{"type":"string","description":"人员编号（people[].id）"}},"evidence":{"type":"array","description":"佐证材料名称","items":{"type":"string","description":"一份佐证材料，例如文件名或文号"}},"metrics":{"type":"array","description":"本措施的关键数据","items":{"$ref":"#/$defs/metric","description":"关键数据：可在正文中用 {{metrics.ID}} 引用，并列入附件台账"}}},"required":["text"]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "text")) || (key0 === "status")) || (key0 === "due")) || (key0 === "done")) || (key0 === "owners")) || (key0 === "evidence")) || (key0 === "metrics"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.id.type,parentSchema:schema41.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.text,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.text.type,parentSchema:schema41.properties.text,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((((((((((((data2 === "done") || (data2 === "in-progress")) || (data2 === "ongoing")) || (data2 === "partial")) || (data2 === "not-started")) || (data2 === "已整改完成")) || (data2 === "已完成")) || (data2 === "已整改")) || (data2 === "正在整改")) || (data2 === "整改中")) || (data2 === "长期坚持")) || (data2 === "持续整改")) || (data2 === "基本完成")) || (data2 === "部分整改")) || (data2 === "未启动")) || (data2 === "未整改"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.due !== undefined){
let data3 = data.due;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err8 = {instancePath:instancePath+"/due",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/due",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.done !== undefined){
let data4 = data.done;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err10 = {instancePath:instancePath+"/done",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/done",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.owners !== undefined){
let data5 = data.owners;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.owners.items.type,parentSchema:schema41.properties.owners.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.owners.type,parentSchema:schema41.properties.owners,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.evidence !== undefined){
let data7 = data.evidence;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/evidence/" + i1,schemaPath:"#/properties/evidence/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.evidence.items.type,parentSchema:schema41.properties.evidence.items,data:data8};
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
const err15 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.evidence.type,parentSchema:schema41.properties.evidence,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.metrics !== undefined){
let data9 = data.metrics;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err16 = {instancePath:instancePath+"/metrics/" + i2,schemaPath:"#/$defs/metric/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data10.name === undefined){
const err17 = {instancePath:instancePath+"/metrics/" + i2,schemaPath:"#/$defs/metric/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema45.required,parentSchema:schema45,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10.value === undefined){
const err18 = {instancePath:instancePath+"/metrics/" + i2,schemaPath:"#/$defs/metric/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema45.required,parentSchema:schema45,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data10){
if(!(((((key1 === "id") || (key1 === "name")) || (key1 === "value")) || (key1 === "unit")) || (key1 === "target"))){
const err19 = {instancePath:instancePath+"/metrics/" + i2,schemaPath:"#/$defs/metric/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data10.id !== undefined){
let data11 = data10.id;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err20 = {instancePath:instancePath+"/metrics/" + i2+"/id",schemaPath:"#/$defs/metric/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.id,data:data11};
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
const err21 = {instancePath:instancePath+"/metrics/" + i2+"/id",schemaPath:"#/$defs/metric/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.id.type,parentSchema:schema45.properties.id,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.name !== undefined){
let data12 = data10.name;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err22 = {instancePath:instancePath+"/metrics/" + i2+"/name",schemaPath:"#/$defs/metric/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.name,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/metrics/" + i2+"/name",schemaPath:"#/$defs/metric/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.name.type,parentSchema:schema45.properties.name,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.value !== undefined){
let data13 = data10.value;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err24 = {instancePath:instancePath+"/metrics/" + i2+"/value",schemaPath:"#/$defs/metric/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema45.properties.value.type,parentSchema:schema45.properties.value,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.unit !== undefined){
let data14 = data10.unit;
if(typeof data14 !== "string"){
const err25 = {instancePath:instancePath+"/metrics/" + i2+"/unit",schemaPath:"#/$defs/metric/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.unit.type,parentSchema:schema45.properties.unit,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.target !== undefined){
let data15 = data10.target;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err26 = {instancePath:instancePath+"/metrics/" + i2+"/target",schemaPath:"#/$defs/metric/properties/target/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema45.properties.target.type,parentSchema:schema45.properties.target,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/metrics/" + i2,schemaPath:"#/$defs/metric/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data10};
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
else {
const err28 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.metrics.type,parentSchema:schema41.properties.metrics,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema37.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.id.type,parentSchema:schema37.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.title,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.title.type,parentSchema:schema37.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((((((((((((data2 === "done") || (data2 === "in-progress")) || (data2 === "ongoing")) || (data2 === "partial")) || (data2 === "not-started")) || (data2 === "已整改完成")) || (data2 === "已完成")) || (data2 === "已整改")) || (data2 === "正在整改")) || (data2 === "整改中")) || (data2 === "长期坚持")) || (data2 === "持续整改")) || (data2 === "基本完成")) || (data2 === "部分整改")) || (data2 === "未启动")) || (data2 === "未整改"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.leader !== undefined){
let data3 = data.leader;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/leader",schemaPath:"#/properties/leader/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.leader,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/leader",schemaPath:"#/properties/leader/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.leader.type,parentSchema:schema37.properties.leader,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.units !== undefined){
let data4 = data.units;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/units/" + i0,schemaPath:"#/properties/units/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.units.items.type,parentSchema:schema37.properties.units.items,data:data5};
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
const err11 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.units.type,parentSchema:schema37.properties.units,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.owners !== undefined){
let data6 = data.owners;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/owners/" + i1,schemaPath:"#/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.owners.items.type,parentSchema:schema37.properties.owners.items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.owners.type,parentSchema:schema37.properties.owners,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.due !== undefined){
let data8 = data.due;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err14 = {instancePath:instancePath+"/due",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/due",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.done !== undefined){
let data9 = data.done;
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err16 = {instancePath:instancePath+"/done",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/done",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.progress !== undefined){
let data10 = data.progress;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.progress.type,parentSchema:schema37.properties.progress,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.measures !== undefined){
let data11 = data.measures;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate23(data11[i2], {instancePath:instancePath+"/measures/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/measures",schemaPath:"#/properties/measures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.measures.type,parentSchema:schema37.properties.measures,data:data11};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.issues === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issues"},message:"must have required property '"+"issues"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "title")) || (key0 === "issues"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.id.type,parentSchema:schema36.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.title.type,parentSchema:schema36.properties.title,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.issues !== undefined){
let data2 = data.issues;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/issues",schemaPath:"#/properties/issues/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.issues,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data2[i0], {instancePath:instancePath+"/issues/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/issues",schemaPath:"#/properties/issues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.issues.type,parentSchema:schema36.properties.issues,data:data2};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.rectify === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rectify"},message:"must have required property '"+"rectify"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.report === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "report"},message:"must have required property '"+"report"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.inspection === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inspection"},message:"must have required property '"+"inspection"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.aspects === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aspects"},message:"must have required property '"+"aspects"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.rectify !== undefined){
let data0 = data.rectify;
if(1 !== data0){
const err5 = {instancePath:instancePath+"/rectify",schemaPath:"#/properties/rectify/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.rectify,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.report !== undefined){
let data1 = data.report;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.title === undefined){
const err6 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.report.required,parentSchema:schema31.properties.report,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.unit === undefined){
const err7 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema31.properties.report.required,parentSchema:schema31.properties.report,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.date === undefined){
const err8 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema31.properties.report.required,parentSchema:schema31.properties.report,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "title") || (key1 === "unit")) || (key1 === "date")) || (key1 === "to")) || (key1 === "stage"))){
const err9 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.report,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.title !== undefined){
let data2 = data1.title;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/report/title",schemaPath:"#/properties/report/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.report.properties.title,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/report/title",schemaPath:"#/properties/report/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.report.properties.title.type,parentSchema:schema31.properties.report.properties.title,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.unit !== undefined){
let data3 = data1.unit;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/report/unit",schemaPath:"#/properties/report/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.report.properties.unit,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/report/unit",schemaPath:"#/properties/report/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.report.properties.unit.type,parentSchema:schema31.properties.report.properties.unit,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.date !== undefined){
let data4 = data1.date;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err14 = {instancePath:instancePath+"/report/date",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/report/date",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.to !== undefined){
let data5 = data1.to;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/report/to",schemaPath:"#/properties/report/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.report.properties.to.type,parentSchema:schema31.properties.report.properties.to,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.stage !== undefined){
let data6 = data1.stage;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/report/stage",schemaPath:"#/properties/report/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.report.properties.stage.type,parentSchema:schema31.properties.report.properties.stage,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data6 === "progress") || (data6 === "final"))){
const err18 = {instancePath:instancePath+"/report/stage",schemaPath:"#/properties/report/properties/stage/enum",keyword:"enum",params:{allowedValues: schema31.properties.report.properties.stage.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.report.properties.stage.enum,parentSchema:schema31.properties.report.properties.stage,data:data6};
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
const err19 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.report.type,parentSchema:schema31.properties.report,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.inspection !== undefined){
let data7 = data.inspection;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.by === undefined){
const err20 = {instancePath:instancePath+"/inspection",schemaPath:"#/properties/inspection/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema31.properties.inspection.required,parentSchema:schema31.properties.inspection,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7.target === undefined){
const err21 = {instancePath:instancePath+"/inspection",schemaPath:"#/properties/inspection/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema31.properties.inspection.required,parentSchema:schema31.properties.inspection,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.arranged_by === undefined){
const err22 = {instancePath:instancePath+"/inspection",schemaPath:"#/properties/inspection/required",keyword:"required",params:{missingProperty: "arranged_by"},message:"must have required property '"+"arranged_by"+"'",schema:schema31.properties.inspection.required,parentSchema:schema31.properties.inspection,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.visit === undefined){
const err23 = {instancePath:instancePath+"/inspection",schemaPath:"#/properties/inspection/required",keyword:"required",params:{missingProperty: "visit"},message:"must have required property '"+"visit"+"'",schema:schema31.properties.inspection.required,parentSchema:schema31.properties.inspection,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7.feedback === undefined){
const err24 = {instancePath:instancePath+"/inspection",schemaPath:"#/properties/inspection/required",keyword:"required",params:{missingProperty: "feedback"},message:"must have required property '"+"feedback"+"'",schema:schema31.properties.inspection.required,parentSchema:schema31.properties.inspection,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data7){
if(!(((((((key2 === "by") || (key2 === "target")) || (key2 === "arranged_by")) || (key2 === "kind")) || (key2 === "visit")) || (key2 === "feedback")) || (key2 === "declared"))){
const err25 = {instancePath:instancePath+"/inspection",schemaPath:"#/properties/inspection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.inspection,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.by !== undefined){
let data8 = data7.by;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err26 = {instancePath:instancePath+"/inspection/by",schemaPath:"#/properties/inspection/properties/by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.inspection.properties.by,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/inspection/by",schemaPath:"#/properties/inspection/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.inspection.properties.by.type,parentSchema:schema31.properties.inspection.properties.by,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.target !== undefined){
let data9 = data7.target;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err28 = {instancePath:instancePath+"/inspection/target",schemaPath:"#/properties/inspection/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.inspection.properties.target,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/inspection/target",schemaPath:"#/properties/inspection/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.inspection.properties.target.type,parentSchema:schema31.properties.inspection.properties.target,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.arranged_by !== undefined){
let data10 = data7.arranged_by;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err30 = {instancePath:instancePath+"/inspection/arranged_by",schemaPath:"#/properties/inspection/properties/arranged_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.inspection.properties.arranged_by,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/inspection/arranged_by",schemaPath:"#/properties/inspection/properties/arranged_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.inspection.properties.arranged_by.type,parentSchema:schema31.properties.inspection.properties.arranged_by,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.kind !== undefined){
let data11 = data7.kind;
if(typeof data11 !== "string"){
const err32 = {instancePath:instancePath+"/inspection/kind",schemaPath:"#/properties/inspection/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.inspection.properties.kind.type,parentSchema:schema31.properties.inspection.properties.kind,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((data11 === "巡察") || (data11 === "巡视")) || (data11 === "审计")) || (data11 === "督查"))){
const err33 = {instancePath:instancePath+"/inspection/kind",schemaPath:"#/properties/inspection/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.inspection.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.inspection.properties.kind.enum,parentSchema:schema31.properties.inspection.properties.kind,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.visit !== undefined){
let data12 = data7.visit;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.from === undefined){
const err34 = {instancePath:instancePath+"/inspection/visit",schemaPath:"#/properties/inspection/properties/visit/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.properties.inspection.properties.visit.required,parentSchema:schema31.properties.inspection.properties.visit,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12.to === undefined){
const err35 = {instancePath:instancePath+"/inspection/visit",schemaPath:"#/properties/inspection/properties/visit/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema31.properties.inspection.properties.visit.required,parentSchema:schema31.properties.inspection.properties.visit,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "from") || (key3 === "to"))){
const err36 = {instancePath:instancePath+"/inspection/visit",schemaPath:"#/properties/inspection/properties/visit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.inspection.properties.visit,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.from !== undefined){
let data13 = data12.from;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err37 = {instancePath:instancePath+"/inspection/visit/from",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data13};
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
const err38 = {instancePath:instancePath+"/inspection/visit/from",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.to !== undefined){
let data14 = data12.to;
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err39 = {instancePath:instancePath+"/inspection/visit/to",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data14};
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
const err40 = {instancePath:instancePath+"/inspection/visit/to",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data14};
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
const err41 = {instancePath:instancePath+"/inspection/visit",schemaPath:"#/properties/inspection/properties/visit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.inspection.properties.visit.type,parentSchema:schema31.properties.inspection.properties.visit,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data7.feedback !== undefined){
let data15 = data7.feedback;
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err42 = {instancePath:instancePath+"/inspection/feedback",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema32,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/inspection/feedback",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data7.declared !== undefined){
let data16 = data7.declared;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
if(!(((key4 === "aspects") || (key4 === "issues")) || (key4 === "measures"))){
const err44 = {instancePath:instancePath+"/inspection/declared",schemaPath:"#/properties/inspection/properties/declared/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.inspection.properties.declared,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.aspects !== undefined){
let data17 = data16.aspects;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err45 = {instancePath:instancePath+"/inspection/declared/aspects",schemaPath:"#/properties/inspection/properties/declared/properties/aspects/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.inspection.properties.declared.properties.aspects.type,parentSchema:schema31.properties.inspection.properties.declared.properties.aspects,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/inspection/declared/aspects",schemaPath:"#/properties/inspection/properties/declared/properties/aspects/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.inspection.properties.declared.properties.aspects,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data16.issues !== undefined){
let data18 = data16.issues;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err47 = {instancePath:instancePath+"/inspection/declared/issues",schemaPath:"#/properties/inspection/properties/declared/properties/issues/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.inspection.properties.declared.properties.issues.type,parentSchema:schema31.properties.inspection.properties.declared.properties.issues,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/inspection/declared/issues",schemaPath:"#/properties/inspection/properties/declared/properties/issues/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.inspection.properties.declared.properties.issues,data:data18};
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
if(data16.measures !== undefined){
let data19 = data16.measures;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err49 = {instancePath:instancePath+"/inspection/declared/measures",schemaPath:"#/properties/inspection/properties/declared/properties/measures/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.inspection.properties.declared.properties.measures.type,parentSchema:schema31.properties.inspection.properties.declared.properties.measures,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err50 = {instancePath:instancePath+"/inspection/declared/measures",schemaPath:"#/properties/inspection/properties/declared/properties/measures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.inspection.properties.declared.properties.measures,data:data19};
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
const err51 = {instancePath:instancePath+"/inspection/declared",schemaPath:"#/properties/inspection/properties/declared/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.inspection.properties.declared.type,parentSchema:schema31.properties.inspection.properties.declared,data:data16};
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
const err52 = {instancePath:instancePath+"/inspection",schemaPath:"#/properties/inspection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.inspection.type,parentSchema:schema31.properties.inspection,data:data7};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.people !== undefined){
let data20 = data.people;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.id === undefined){
const err53 = {instancePath:instancePath+"/people/" + i0,schemaPath:"#/properties/people/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.people.items.required,parentSchema:schema31.properties.people.items,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data21.name === undefined){
const err54 = {instancePath:instancePath+"/people/" + i0,schemaPath:"#/properties/people/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.people.items.required,parentSchema:schema31.properties.people.items,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key5 in data21){
if(!(((key5 === "id") || (key5 === "name")) || (key5 === "title"))){
const err55 = {instancePath:instancePath+"/people/" + i0,schemaPath:"#/properties/people/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.people.items,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data21.id !== undefined){
let data22 = data21.id;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err56 = {instancePath:instancePath+"/people/" + i0+"/id",schemaPath:"#/properties/people/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.people.items.properties.id,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/people/" + i0+"/id",schemaPath:"#/properties/people/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.people.items.properties.id.type,parentSchema:schema31.properties.people.items.properties.id,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data21.name !== undefined){
let data23 = data21.name;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err58 = {instancePath:instancePath+"/people/" + i0+"/name",schemaPath:"#/properties/people/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.people.items.properties.name,data:data23};
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
const err59 = {instancePath:instancePath+"/people/" + i0+"/name",schemaPath:"#/properties/people/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.people.items.properties.name.type,parentSchema:schema31.properties.people.items.properties.name,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data21.title !== undefined){
let data24 = data21.title;
if(typeof data24 !== "string"){
const err60 = {instancePath:instancePath+"/people/" + i0+"/title",schemaPath:"#/properties/people/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.people.items.properties.title.type,parentSchema:schema31.properties.people.items.properties.title,data:data24};
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
const err61 = {instancePath:instancePath+"/people/" + i0,schemaPath:"#/properties/people/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.people.items.type,parentSchema:schema31.properties.people.items,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.people.type,parentSchema:schema31.properties.people,data:data20};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.units !== undefined){
let data25 = data.units;
if(Array.isArray(data25)){
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
let data26 = data25[i1];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.id === undefined){
const err63 = {instancePath:instancePath+"/units/" + i1,schemaPath:"#/properties/units/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.units.items.required,parentSchema:schema31.properties.units.items,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data26.name === undefined){
const err64 = {instancePath:instancePath+"/units/" + i1,schemaPath:"#/properties/units/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.units.items.required,parentSchema:schema31.properties.units.items,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key6 in data26){
if(!((key6 === "id") || (key6 === "name"))){
const err65 = {instancePath:instancePath+"/units/" + i1,schemaPath:"#/properties/units/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.units.items,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data26.id !== undefined){
let data27 = data26.id;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err66 = {instancePath:instancePath+"/units/" + i1+"/id",schemaPath:"#/properties/units/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.units.items.properties.id,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/units/" + i1+"/id",schemaPath:"#/properties/units/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.units.items.properties.id.type,parentSchema:schema31.properties.units.items.properties.id,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data26.name !== undefined){
let data28 = data26.name;
if(typeof data28 === "string"){
if(func2(data28) < 1){
const err68 = {instancePath:instancePath+"/units/" + i1+"/name",schemaPath:"#/properties/units/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.units.items.properties.name,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/units/" + i1+"/name",schemaPath:"#/properties/units/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.units.items.properties.name.type,parentSchema:schema31.properties.units.items.properties.name,data:data28};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/units/" + i1,schemaPath:"#/properties/units/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.units.items.type,parentSchema:schema31.properties.units.items,data:data26};
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
else {
const err71 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.units.type,parentSchema:schema31.properties.units,data:data25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.overview !== undefined){
let data29 = data.overview;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
let data30 = data29[i2];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key7 in data30){
if(!((((key7 === "lead") || (key7 === "points")) || (key7 === "text")) || (key7 === "break"))){
const err72 = {instancePath:instancePath+"/overview/" + i2,schemaPath:"#/properties/overview/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.overview.items,data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data30.lead !== undefined){
let data31 = data30.lead;
if(typeof data31 !== "string"){
const err73 = {instancePath:instancePath+"/overview/" + i2+"/lead",schemaPath:"#/properties/overview/items/properties/lead/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overview.items.properties.lead.type,parentSchema:schema31.properties.overview.items.properties.lead,data:data31};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data30.points !== undefined){
let data32 = data30.points;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
let data33 = data32[i3];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.title === undefined){
const err74 = {instancePath:instancePath+"/overview/" + i2+"/points/" + i3,schemaPath:"#/properties/overview/items/properties/points/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.overview.items.properties.points.items.required,parentSchema:schema31.properties.overview.items.properties.points.items,data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key8 in data33){
if(!((key8 === "title") || (key8 === "text"))){
const err75 = {instancePath:instancePath+"/overview/" + i2+"/points/" + i3,schemaPath:"#/properties/overview/items/properties/points/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.overview.items.properties.points.items,data:data33};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data33.title !== undefined){
let data34 = data33.title;
if(typeof data34 === "string"){
if(func2(data34) < 1){
const err76 = {instancePath:instancePath+"/overview/" + i2+"/points/" + i3+"/title",schemaPath:"#/properties/overview/items/properties/points/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.overview.items.properties.points.items.properties.title,data:data34};
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
const err77 = {instancePath:instancePath+"/overview/" + i2+"/points/" + i3+"/title",schemaPath:"#/properties/overview/items/properties/points/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overview.items.properties.points.items.properties.title.type,parentSchema:schema31.properties.overview.items.properties.points.items.properties.title,data:data34};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data33.text !== undefined){
let data35 = data33.text;
if(typeof data35 !== "string"){
const err78 = {instancePath:instancePath+"/overview/" + i2+"/points/" + i3+"/text",schemaPath:"#/properties/overview/items/properties/points/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overview.items.properties.points.items.properties.text.type,parentSchema:schema31.properties.overview.items.properties.points.items.properties.text,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/overview/" + i2+"/points/" + i3,schemaPath:"#/properties/overview/items/properties/points/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.overview.items.properties.points.items.type,parentSchema:schema31.properties.overview.items.properties.points.items,data:data33};
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
const err80 = {instancePath:instancePath+"/overview/" + i2+"/points",schemaPath:"#/properties/overview/items/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.overview.items.properties.points.type,parentSchema:schema31.properties.overview.items.properties.points,data:data32};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data30.text !== undefined){
let data36 = data30.text;
if(typeof data36 !== "string"){
const err81 = {instancePath:instancePath+"/overview/" + i2+"/text",schemaPath:"#/properties/overview/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overview.items.properties.text.type,parentSchema:schema31.properties.overview.items.properties.text,data:data36};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data30.break !== undefined){
let data37 = data30.break;
if(typeof data37 !== "boolean"){
const err82 = {instancePath:instancePath+"/overview/" + i2+"/break",schemaPath:"#/properties/overview/items/properties/break/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.overview.items.properties.break.type,parentSchema:schema31.properties.overview.items.properties.break,data:data37};
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
const err83 = {instancePath:instancePath+"/overview/" + i2,schemaPath:"#/properties/overview/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.overview.items.type,parentSchema:schema31.properties.overview.items,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/overview",schemaPath:"#/properties/overview/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.overview.type,parentSchema:schema31.properties.overview,data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.aspects !== undefined){
let data38 = data.aspects;
if(Array.isArray(data38)){
if(data38.length < 1){
const err85 = {instancePath:instancePath+"/aspects",schemaPath:"#/properties/aspects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.aspects,data:data38};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
const len4 = data38.length;
for(let i4=0; i4<len4; i4++){
if(!(validate21(data38[i4], {instancePath:instancePath+"/aspects/" + i4,parentData:data38,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err86 = {instancePath:instancePath+"/aspects",schemaPath:"#/properties/aspects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.aspects.type,parentSchema:schema31.properties.aspects,data:data38};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.metrics !== undefined){
let data40 = data.metrics;
if(Array.isArray(data40)){
const len5 = data40.length;
for(let i5=0; i5<len5; i5++){
let data41 = data40[i5];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.id === undefined){
const err87 = {instancePath:instancePath+"/metrics/" + i5,schemaPath:"#/$defs/metric/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data41.name === undefined){
const err88 = {instancePath:instancePath+"/metrics/" + i5,schemaPath:"#/$defs/metric/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema45.required,parentSchema:schema45,data:data41};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data41.value === undefined){
const err89 = {instancePath:instancePath+"/metrics/" + i5,schemaPath:"#/$defs/metric/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema45.required,parentSchema:schema45,data:data41};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key9 in data41){
if(!(((((key9 === "id") || (key9 === "name")) || (key9 === "value")) || (key9 === "unit")) || (key9 === "target"))){
const err90 = {instancePath:instancePath+"/metrics/" + i5,schemaPath:"#/$defs/metric/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data:data41};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data41.id !== undefined){
let data42 = data41.id;
if(typeof data42 === "string"){
if(func2(data42) < 1){
const err91 = {instancePath:instancePath+"/metrics/" + i5+"/id",schemaPath:"#/$defs/metric/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.id,data:data42};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/metrics/" + i5+"/id",schemaPath:"#/$defs/metric/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.id.type,parentSchema:schema45.properties.id,data:data42};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data41.name !== undefined){
let data43 = data41.name;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err93 = {instancePath:instancePath+"/metrics/" + i5+"/name",schemaPath:"#/$defs/metric/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.name,data:data43};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/metrics/" + i5+"/name",schemaPath:"#/$defs/metric/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.name.type,parentSchema:schema45.properties.name,data:data43};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data41.value !== undefined){
let data44 = data41.value;
if(!((typeof data44 == "number") && (isFinite(data44)))){
const err95 = {instancePath:instancePath+"/metrics/" + i5+"/value",schemaPath:"#/$defs/metric/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema45.properties.value.type,parentSchema:schema45.properties.value,data:data44};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data41.unit !== undefined){
let data45 = data41.unit;
if(typeof data45 !== "string"){
const err96 = {instancePath:instancePath+"/metrics/" + i5+"/unit",schemaPath:"#/$defs/metric/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.unit.type,parentSchema:schema45.properties.unit,data:data45};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data41.target !== undefined){
let data46 = data41.target;
if(!((typeof data46 == "number") && (isFinite(data46)))){
const err97 = {instancePath:instancePath+"/metrics/" + i5+"/target",schemaPath:"#/$defs/metric/properties/target/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema45.properties.target.type,parentSchema:schema45.properties.target,data:data46};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/metrics/" + i5,schemaPath:"#/$defs/metric/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data41};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.metrics.type,parentSchema:schema31.properties.metrics,data:data40};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.referrals !== undefined){
let data47 = data.referrals;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key10 in data47){
if(!(((key10 === "clues") || (key10 === "petitions")) || (key10 === "text"))){
const err100 = {instancePath:instancePath+"/referrals",schemaPath:"#/properties/referrals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.referrals,data:data47};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data47.clues !== undefined){
let data48 = data47.clues;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err101 = {instancePath:instancePath+"/referrals/clues",schemaPath:"#/properties/referrals/properties/clues/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.referrals.properties.clues.type,parentSchema:schema31.properties.referrals.properties.clues,data:data48};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err102 = {instancePath:instancePath+"/referrals/clues",schemaPath:"#/properties/referrals/properties/clues/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.referrals.properties.clues,data:data48};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
if(data47.petitions !== undefined){
let data49 = data47.petitions;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err103 = {instancePath:instancePath+"/referrals/petitions",schemaPath:"#/properties/referrals/properties/petitions/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.referrals.properties.petitions.type,parentSchema:schema31.properties.referrals.properties.petitions,data:data49};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err104 = {instancePath:instancePath+"/referrals/petitions",schemaPath:"#/properties/referrals/properties/petitions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.referrals.properties.petitions,data:data49};
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
if(data47.text !== undefined){
let data50 = data47.text;
if(typeof data50 !== "string"){
const err105 = {instancePath:instancePath+"/referrals/text",schemaPath:"#/properties/referrals/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.referrals.properties.text.type,parentSchema:schema31.properties.referrals.properties.text,data:data50};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/referrals",schemaPath:"#/properties/referrals/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.referrals.type,parentSchema:schema31.properties.referrals,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.plans !== undefined){
let data51 = data.plans;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.items === undefined){
const err107 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema31.properties.plans.required,parentSchema:schema31.properties.plans,data:data51};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key11 in data51){
if(!(((key11 === "shortcomings") || (key11 === "lead")) || (key11 === "items"))){
const err108 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.plans,data:data51};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data51.shortcomings !== undefined){
let data52 = data51.shortcomings;
if(typeof data52 !== "string"){
const err109 = {instancePath:instancePath+"/plans/shortcomings",schemaPath:"#/properties/plans/properties/shortcomings/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.plans.properties.shortcomings.type,parentSchema:schema31.properties.plans.properties.shortcomings,data:data52};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data51.lead !== undefined){
let data53 = data51.lead;
if(typeof data53 !== "string"){
const err110 = {instancePath:instancePath+"/plans/lead",schemaPath:"#/properties/plans/properties/lead/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.plans.properties.lead.type,parentSchema:schema31.properties.plans.properties.lead,data:data53};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data51.items !== undefined){
let data54 = data51.items;
if(Array.isArray(data54)){
const len6 = data54.length;
for(let i6=0; i6<len6; i6++){
let data55 = data54[i6];
if(typeof data55 !== "string"){
const err111 = {instancePath:instancePath+"/plans/items/" + i6,schemaPath:"#/properties/plans/properties/items/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.plans.properties.items.items.type,parentSchema:schema31.properties.plans.properties.items.items,data:data55};
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
const err112 = {instancePath:instancePath+"/plans/items",schemaPath:"#/properties/plans/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.plans.properties.items.type,parentSchema:schema31.properties.plans.properties.items,data:data54};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.plans.type,parentSchema:schema31.properties.plans,data:data51};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.appendix !== undefined){
let data56 = data.appendix;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key12 in data56){
if(!(key12 === "ledger")){
const err114 = {instancePath:instancePath+"/appendix",schemaPath:"#/properties/appendix/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.appendix,data:data56};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data56.ledger !== undefined){
let data57 = data56.ledger;
if(typeof data57 !== "boolean"){
const err115 = {instancePath:instancePath+"/appendix/ledger",schemaPath:"#/properties/appendix/properties/ledger/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.appendix.properties.ledger.type,parentSchema:schema31.properties.appendix.properties.ledger,data:data57};
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
const err116 = {instancePath:instancePath+"/appendix",schemaPath:"#/properties/appendix/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.appendix.type,parentSchema:schema31.properties.appendix,data:data56};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.redact !== undefined){
let data58 = data.redact;
if(Array.isArray(data58)){
const len7 = data58.length;
for(let i7=0; i7<len7; i7++){
let data59 = data58[i7];
if((typeof data59 !== "string") && (!(data59 && typeof data59 == "object" && !Array.isArray(data59)))){
const err117 = {instancePath:instancePath+"/redact/" + i7,schemaPath:"#/properties/redact/items/type",keyword:"type",params:{type: schema31.properties.redact.items.type},message:"must be string,object",schema:schema31.properties.redact.items.type,parentSchema:schema31.properties.redact.items,data:data59};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err118 = {instancePath:instancePath+"/redact/" + i7,schemaPath:"#/properties/redact/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.redact.items,data:data59};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.text === undefined){
const err119 = {instancePath:instancePath+"/redact/" + i7,schemaPath:"#/properties/redact/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema31.properties.redact.items.required,parentSchema:schema31.properties.redact.items,data:data59};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
for(const key13 in data59){
if(!((key13 === "text") || (key13 === "mask"))){
const err120 = {instancePath:instancePath+"/redact/" + i7,schemaPath:"#/properties/redact/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.redact.items,data:data59};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data59.text !== undefined){
let data60 = data59.text;
if(typeof data60 === "string"){
if(func2(data60) < 1){
const err121 = {instancePath:instancePath+"/redact/" + i7+"/text",schemaPath:"#/properties/redact/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.redact.items.properties.text,data:data60};
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
const err122 = {instancePath:instancePath+"/redact/" + i7+"/text",schemaPath:"#/properties/redact/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.redact.items.properties.text.type,parentSchema:schema31.properties.redact.items.properties.text,data:data60};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data59.mask !== undefined){
let data61 = data59.mask;
if(typeof data61 !== "string"){
const err123 = {instancePath:instancePath+"/redact/" + i7+"/mask",schemaPath:"#/properties/redact/items/properties/mask/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.redact.items.properties.mask.type,parentSchema:schema31.properties.redact.items.properties.mask,data:data61};
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
}
}
else {
const err124 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.redact.type,parentSchema:schema31.properties.redact,data:data58};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

