/** A valid ledger of `issues` issues with the appendix table: big enough that writing it takes time. */
export function bigLedger(issues: number, variant: string): string {
  const list = Array.from({ length: issues }, (_, i) => ({
    id: String(i + 1),
    title: `${variant}第${i + 1}项问题：${'问题表述'.repeat(10)}`,
    status: 'in-progress',
    leader: 'p1',
    units: ['u1'],
    owners: ['p2'],
    due: '2024-06-30',
    measures: [{ text: `${variant}措施${i + 1}：${'整改措施内容'.repeat(12)}` }, { text: `${variant}措施${i + 1}之二：${'落实'.repeat(30)}` }],
  }));
  return `${JSON.stringify({
    rectify: 1,
    report: { title: '示例单位关于巡察整改进展情况的报告', unit: '示例单位党组', date: '2024-03-01', stage: 'progress' },
    inspection: { by: '市委第二巡察组', target: '示例单位党组', arranged_by: '市委', kind: '巡察', visit: { from: '2023-10-09', to: '2023-11-20' }, feedback: '2023-12-05' },
    people: [{ id: 'p1', name: '张三' }, { id: 'p2', name: '李四' }],
    units: [{ id: 'u1', name: '办公室' }],
    aspects: [{ title: `${variant}方面`, issues: list }],
    appendix: { ledger: true },
  }, null, 1)}\n`;
}
