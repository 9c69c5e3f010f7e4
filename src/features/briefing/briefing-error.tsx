import type { BriefingLoadError } from '../../data/briefing-scripts';
import type { BriefingIssue } from '../../domain/briefing-validate';
import type { MessageKey } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

type T = ReturnType<typeof useT>;

export function issueText(t: T, issue: BriefingIssue): string {
  const problem = t(`briefing.problem.${issue.problem}` as MessageKey);
  return issue.scene === null
    ? t('briefing.error.script', { field: issue.field, problem })
    : t('briefing.error.scene', {
        scene: issue.scene,
        id: issue.sceneId ?? '?',
        field: issue.field,
        problem,
      });
}

/** The error of a script load in the user's language; for invalid scripts, each issue. */
export function BriefingErrorText({ error }: { error: BriefingLoadError }) {
  const t = useT();
  if (error.kind !== 'invalid') {
    const params = Object.fromEntries(
      Object.entries(error).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    return <p>{t(`briefing.error.${error.kind}` as MessageKey, params)}</p>;
  }
  return (
    <>
      <p>{t('briefing.error.invalid', { count: error.issues.length })}</p>
      <ul>
        {error.issues.slice(0, 20).map((issue) => (
          <li key={`${issue.scene}-${issue.field}-${issue.problem}`}>{issueText(t, issue)}</li>
        ))}
      </ul>
    </>
  );
}

/** A banner when a script could not be opened; the rest of the app keeps working. */
export function BriefingErrorBanner() {
  const t = useT();
  const error = useAppStore((s) => s.briefing.error) as BriefingLoadError | null;
  const clear = useAppStore((s) => s.setBriefingError);
  if (!error) return null;
  return (
    <div className="banner banner--error briefing-error" role="alert">
      <strong>{t('briefing.error.title')}</strong>
      <BriefingErrorText error={error} />
      <button type="button" onClick={() => clear(null)}>
        {t('briefing.dismiss')}
      </button>
    </div>
  );
}
