// Inbox task page: a live comparison of the clinician's edits with the draft, the word edit distance,
// "Show in editor" for policy findings, and whether the draft was seen to its end. Text only ever goes into the
// page as text nodes (no innerHTML).
const original = document.getElementById('draft-original');
const editor = document.getElementById('reply-editor');
const diffBox = document.getElementById('diff');
const distanceBox = document.getElementById('edit-distance');
const MAX_CELLS = 4_000_000;

function tokens(text) {
  // Words and the whitespace between them, so the comparison keeps the line breaks.
  return text.match(/\s+|[^\s]+/g) || [];
}

function words(text) {
  return text.trim() === '' ? [] : text.trim().split(/\s+/);
}

/** Levenshtein distance on words: the same measure the server stores with the decision. */
export function wordDistance(a, b) {
  const x = words(a);
  const y = words(b);
  if (x.length * y.length > MAX_CELLS) return null;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    prev = cur;
  }
  return prev[y.length];
}

/** A token diff from the longest common subsequence: [{op: '=', '+' or '-', text}]. */
export function diff(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length * y.length > MAX_CELLS) return null;
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  const push = (op, text) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text; else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) { push('=', x[i]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) { push('-', x[i]); i++; }
    else { push('+', y[j]); j++; }
  }
  while (i < x.length) push('-', x[i++]);
  while (j < y.length) push('+', y[j++]);
  return out;
}

function render() {
  const draft = original.value;
  const text = editor.value.replace(/\r\n/g, '\n');
  diffBox.replaceChildren();
  if (text === draft) {
    diffBox.textContent = 'No changes.';
    distanceBox.textContent = 'No changes.';
    return;
  }
  const parts = diff(draft, text);
  if (parts === null) {
    diffBox.textContent = 'The texts are too long to compare here.';
  } else {
    for (const part of parts) {
      const node = part.op === '=' ? document.createTextNode(part.text) : document.createElement(part.op === '+' ? 'ins' : 'del');
      if (part.op !== '=') {
        node.textContent = part.text;
        node.setAttribute('aria-label', (part.op === '+' ? 'added: ' : 'removed: ') + part.text);
      }
      diffBox.append(node);
    }
  }
  const distance = wordDistance(draft, text);
  distanceBox.textContent = distance === null ? '' : `${distance} word${distance === 1 ? '' : 's'} changed against the draft.`;
  const approve = document.getElementById('a-approve');
  const edit = document.getElementById('a-edit');
  if (approve && edit && approve.checked) {
    edit.checked = true; // the edited text is what would be sent: say so
  }
}

if (original && editor && diffBox) {
  editor.addEventListener('input', render);
  render();
}

for (const button of document.querySelectorAll('button.select-finding')) {
  button.addEventListener('click', () => {
    const start = Number(button.dataset.start);
    const end = Number(button.dataset.end);
    document.querySelectorAll('mark.finding.active').forEach((m) => m.classList.remove('active'));
    const item = button.closest('li');
    const mark = document.getElementById('finding-span-' + item.id.replace('finding-', ''));
    if (mark) mark.classList.add('active');
    if (editor && original && editor.value.replace(/\r\n/g, '\n') === original.value) {
      editor.focus();
      editor.setSelectionRange(start, end);
    } else if (mark) {
      mark.scrollIntoView({ block: 'center' });
    }
  });
}

// Whether the end of the draft was ever on screen (scrolled to, or short enough to be shown whole): sent with the
// decision, it tells the oversight figures whether the draft could have been read to its end.
const draftEnd = document.getElementById('draft-end');
const draftSeen = document.getElementById('draft-seen');
if (draftEnd && draftSeen && 'IntersectionObserver' in window) {
  const watcher = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      draftSeen.value = 'yes';
      watcher.disconnect();
    }
  });
  watcher.observe(draftEnd);
}
