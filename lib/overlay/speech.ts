/**
 * Read-aloud with the browser's own speech synthesis. Only a Vietnamese voice is any use for Vietnamese
 * text (an English voice reads "Nộp hồ sơ" as noise), so the button exists only when the browser has one;
 * voices load late in Chromium, hence the subscription.
 */
import { signal, type ReadonlySignal } from '@preact/signals';

export interface SpeechModel {
  /** A vi-VN voice is available. */
  available: ReadonlySignal<boolean>;
  speaking: ReadonlySignal<boolean>;
  speak(text: string): void;
  stop(): void;
  dispose(): void;
}

function vietnameseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  return synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi')) ?? null;
}

/**
 * `later` runs the first look for a voice (default: at once). The overlay passes an idle callback: the
 * first touch of `speechSynthesis` starts the browser's speech service, several milliseconds in the very
 * task that draws the first card, for a button that appears when the voices are in anyway.
 */
export function createSpeechModel(win: Window, later: (run: () => void) => void = (run) => run()): SpeechModel {
  // Read in `later` too: the first read of the interface in the content script's world builds it (~1.3 ms
  // of the first card's task, profiled).
  let Utterance: typeof SpeechSynthesisUtterance | undefined;
  const available = signal(false);
  const speaking = signal(false);
  let synth: SpeechSynthesis | undefined;
  let voice: SpeechSynthesisVoice | null = null;
  let disposed = false;

  const refresh = (): void => {
    voice = synth ? vietnameseVoice(synth) : null;
    available.value = voice !== null && Utterance !== undefined;
  };
  later(() => {
    if (disposed) return;
    Utterance = (win as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }).SpeechSynthesisUtterance;
    synth = 'speechSynthesis' in win ? win.speechSynthesis : undefined;
    refresh();
    synth?.addEventListener('voiceschanged', refresh);
  });

  return {
    available,
    speaking,
    speak(text) {
      if (!synth || !Utterance || !voice) return;
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = () => (speaking.value = false);
      utterance.onerror = () => (speaking.value = false);
      speaking.value = true;
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
      speaking.value = false;
    },
    dispose() {
      disposed = true;
      synth?.removeEventListener('voiceschanged', refresh);
      synth?.cancel();
    },
  };
}
