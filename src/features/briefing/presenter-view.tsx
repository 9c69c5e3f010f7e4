import { useEffect, useRef, useState } from 'react';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { LangSwitch } from '../header/lang-switch';
import {
  BRIEFING_CHANNEL,
  type BriefingAnnouncement,
  type BriefingCommand,
  type BriefingMessage,
} from './briefing-channel';
import './presenter.css';

/** Keeps the newest announcement from the main window and a way to send it commands. */
function useMainWindow(): [BriefingAnnouncement | null, (cmd: BriefingCommand) => void] {
  const [state, setState] = useState<BriefingAnnouncement | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const ch = new BroadcastChannel(BRIEFING_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<BriefingMessage>) => {
      const msg = e.data;
      if (msg?.type === 'state') setState((old) => (old && old.rev > msg.rev ? old : msg));
    };
    ch.postMessage({ type: 'hello' } satisfies BriefingCommand);
    return () => ch.close();
  }, []);
  return [state, (cmd) => channel.current?.postMessage(cmd)];
}

function useTimer(): [string, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const s = Math.max(0, Math.floor((now - start) / 1000));
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return [text, () => setStart(Date.now())];
}

function usePresenterKeys(send: (cmd: BriefingCommand) => void): void {
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const map: Record<string, 'next' | 'prev' | 'first' | 'last' | 'black'> = {
        PageDown: 'next',
        ArrowRight: 'next',
        ' ': 'next',
        PageUp: 'prev',
        ArrowLeft: 'prev',
        Home: 'first',
        End: 'last',
        b: 'black',
        B: 'black',
      };
      const action = map[e.key];
      if (!action) return;
      e.preventDefault();
      sendRef.current({ type: 'command', action });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * `?presenter`: the laptop's window with the current and next scene, speaker notes and a timer.
 * It drives the main window (BroadcastChannel) and shows only what the main window announces.
 */
export function PresenterView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [state, send] = useMainWindow();
  const [elapsed, resetTimer] = useTimer();
  usePresenterKeys(send);
  const scenes = state?.active ? (state.script?.scenes ?? []) : [];
  const current = scenes[state?.index ?? 0];
  const next = scenes[(state?.index ?? 0) + 1];
  return (
    <main className="presenter" data-scene-index={current ? state?.index : undefined}>
      <header className="presenter__head">
        <h1>{t('presenter.title')}</h1>
        <span className="presenter__timer" role="timer" aria-label={t('presenter.timer')}>
          {elapsed}
        </span>
        <button type="button" onClick={resetTimer}>
          {t('presenter.resetTimer')}
        </button>
        <LangSwitch />
      </header>
      {!current || !state ? (
        <p className="presenter__waiting" role="status">
          {t('presenter.waiting')}
        </p>
      ) : (
        <>
          <section className="presenter__now" aria-label={t('presenter.current')}>
            <p className="presenter__count">
              {t('briefing.progress', { n: state.index + 1, total: scenes.length })}
              {state.black ? ` · ${t('briefing.black')}` : ''}
            </p>
            <h2 className="presenter__scene-title">
              {pick(lang, current.title_zh, current.title_en)}
            </h2>
            <p>{pick(lang, current.caption_zh, current.caption_en)}</p>
            <h3>{t('presenter.notes')}</h3>
            <p className="presenter__notes">{pick(lang, current.notes_zh, current.notes_en)}</p>
          </section>
          <section className="presenter__next" aria-label={t('presenter.next')}>
            <h3>{t('presenter.next')}</h3>
            <p>{next ? pick(lang, next.title_zh, next.title_en) : t('presenter.end')}</p>
          </section>
        </>
      )}
      <nav className="presenter__controls" aria-label={t('briefing.scenes')}>
        <button type="button" onClick={() => send({ type: 'command', action: 'prev' })}>
          ‹ {t('briefing.prev')}
        </button>
        <button type="button" onClick={() => send({ type: 'command', action: 'next' })}>
          {t('briefing.next')} ›
        </button>
        <button type="button" onClick={() => send({ type: 'command', action: 'black' })}>
          {t('briefing.black')}
        </button>
      </nav>
    </main>
  );
}
