import { useId } from 'react';
import { useT } from '../../state/use-t';
import { IDLE_CHOICES_MIN, setIdleSettings } from './idle-settings';
import { DRAFT_ID } from './use-draft-script';
import { useIdleSettings } from './use-idle-attract';

/** The kiosk setting: after how long without input normal mode starts which script, looping. */
export function IdleSetting() {
  const t = useT();
  const headingId = useId();
  const settings = useIdleSettings();
  const minutes = settings.seconds === null ? '' : String(settings.seconds / 60);
  // A value from `?idle=` that is not one of the choices is still shown as it is.
  const choices = [...IDLE_CHOICES_MIN.map(String)];
  if (minutes !== '' && !choices.includes(minutes)) choices.unshift(minutes);
  return (
    <fieldset className="editor__idle" aria-labelledby={headingId}>
      <legend id={headingId}>{t('idle.heading')}</legend>
      <label className="editor__field">
        <span>{t('idle.after')}</span>
        <select
          value={minutes}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setIdleSettings({ ...settings, seconds: v === '' ? null : Number(v) * 60 });
          }}
        >
          <option value="">{t('idle.off')}</option>
          {choices.map((m) => (
            <option key={m} value={m}>
              {t('idle.minutes', { n: +Number(m).toFixed(2) })}
            </option>
          ))}
        </select>
      </label>
      <label className="editor__field">
        <span>{t('idle.script')}</span>
        <select
          value={settings.scriptId === DRAFT_ID ? DRAFT_ID : 'default'}
          onChange={(e) => setIdleSettings({ ...settings, scriptId: e.currentTarget.value })}
        >
          <option value="default">{t('idle.default')}</option>
          <option value={DRAFT_ID}>{t('idle.mine')}</option>
        </select>
      </label>
      <p className="note">{t('idle.hint')}</p>
    </fieldset>
  );
}
