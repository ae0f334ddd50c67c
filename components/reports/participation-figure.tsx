import { getTranslations } from 'next-intl/server';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { formatPercent } from '@/components/reports/chart-text';
import { formatterFor } from '@/modules/i18n/format';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Participation, ParticipationGroup } from '@/modules/reports/participation';

const activities = ['posted', 'voted', 'commented', 'active'] as const;

/** A group's share of its staff who did the activity, in basis points (participationShare's rule; components do not import modules). */
function participationShare(
  group: Omit<ParticipationGroup, 'departmentId' | 'departmentName'>,
  activity: (typeof activities)[number],
) {
  return group.staff > 0 ? Math.round((group[activity] * 10_000) / group.staff) : null;
}

interface ParticipationFigureProps {
  report: Participation;
  /** The smallest group shown on its own (minGroupSize). */
  minGroupSize: number;
  locale: AppLocale;
}

/** Participation by department as a figure, with the five-person rule said first (HR's report and management insight). */
export async function ParticipationFigure({ report, minGroupSize, locale }: ParticipationFigureProps) {
  const t = await getTranslations({ locale, namespace: 'reports.charts' });
  const format = formatterFor(locale);
  const percent = (basisPoints: number | null) => (basisPoints === null ? t('none') : formatPercent(basisPoints));
  const name = (departmentName: string | null) => departmentName ?? t('participation.smallGroups');
  const { total } = report;
  return (
    <>
      <div className="mt-4 max-w-prose rounded border-l-4 border-brand bg-surface p-3">
        <p>{t('participation.kRule', { min: minGroupSize })}</p>
        {report.mergedDepartments > 0 && !report.smallGroupsHidden && (
          <p className="mt-2">{t('participation.merged', { count: report.mergedDepartments })}</p>
        )}
        {report.smallGroupsHidden && (
          <p className="mt-2">{t('participation.hidden', { count: report.mergedDepartments, min: minGroupSize })}</p>
        )}
      </div>
      <ChartFigure
        id="participation"
        heading={t('participation.heading')}
        summary={
          total.staff > 0
            ? t('participation.summary', {
                staff: format.number(total.staff),
                active: percent(participationShare(total, 'active')),
                posted: percent(participationShare(total, 'posted')),
                voted: percent(participationShare(total, 'voted')),
                commented: percent(participationShare(total, 'commented')),
              })
            : t('participation.summaryEmpty')
        }
        tableToggle={t('showTable')}
        tableRegion={t('tableRegion', { name: t('participation.heading') })}
        table={{
          caption: t('participation.heading'),
          headers: [
            t('participation.columns.department'),
            t('participation.columns.staff'),
            ...activities.map((activity) => t(`participation.columns.${activity}`)),
          ],
          rows: report.groups.map((group) => ({
            key: group.departmentId ?? 'small-groups',
            cells: [
              name(group.departmentName),
              format.number(group.staff),
              ...activities.map((activity) => percent(participationShare(group, activity))),
            ],
          })),
          footer: [
            t('participation.total'),
            format.number(total.staff),
            ...activities.map((activity) => percent(participationShare(total, activity))),
          ],
        }}
      >
        <ChartBars
          unit="basisPoints"
          orientation="bars"
          series={activities.map((activity) => ({ key: activity, label: t(`participation.columns.${activity}`) }))}
          rows={report.groups.map((group) => ({
            label: name(group.departmentName),
            values: Object.fromEntries(activities.map((activity) => [activity, participationShare(group, activity)])),
          }))}
        />
      </ChartFigure>
    </>
  );
}
