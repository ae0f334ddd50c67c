// Management insight on the scale data (BENCH_ONLY=insight): each view as one manager, for this
// year (the default period) and for one department; the goal is p99 < 1 s for a single user.

interface InsightTarget {
  name: string;
  path: string;
  signedInAs: 'manager';
  singleUser: true;
}

export function insightTargets(departmentId: string): InsightTarget[] {
  const views = ['', '/participation', '/stages', '/benefits'];
  const view = (page: string, query: string, label: string): InsightTarget => ({
    name: `insight: ${page ? page.slice(1) : 'funnel'}${label}, manager, one user`,
    path: `/insight${page}${query}`,
    signedInAs: 'manager',
    singleUser: true,
  });
  return [
    ...views.map((page) => view(page, '', '')),
    // Three years of ideas at once, and one department's.
    view('', '?from=2024-01-01&to=2026-12-31', ', three years'),
    view('', `?department=${departmentId}`, ', one department'),
    view('/stages', '?from=2024-01-01&to=2026-12-31', ', three years'),
    {
      name: 'insight: funnel CSV export, manager, one user',
      path: '/api/reports/insight-funnel?format=csv&from=2024-01-01&to=2026-12-31',
      signedInAs: 'manager',
      singleUser: true,
    },
  ];
}
