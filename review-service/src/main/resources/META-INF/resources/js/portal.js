// Patient portal: keeps the list of messages current (status, safety message, question, reply) without a reload.
// It polls a fingerprint of the messages (no message text) and fetches the list only when it changed, so an
// emergency safety message appears as soon as screening stores it.
const list = document.getElementById('messages');

async function poll(state) {
  try {
    const response = await fetch(list.dataset.updates, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return state;
    const updates = await response.json();
    // The first poll fetches the list too: screening can finish between rendering the page and that first poll
    // (an emergency's safety message would otherwise never appear, since the version would not change again).
    if (updates.version !== state && !editing()) {
      const html = await fetch(list.dataset.list, { credentials: 'same-origin' });
      if (html.ok) {
        // Server-rendered and escaped by the template; an emergency banner inside announces itself (role=alert).
        list.innerHTML = await html.text();
        const announce = document.getElementById('messages-updated');
        if (announce && state !== null) announce.textContent = 'Your messages were updated.';
      }
    } else if (updates.version !== state) {
      return state; // an answer is being typed: try again later rather than replace the form under the cursor
    }
    return updates.version;
  } catch (e) {
    return state;
  }
}

function editing() {
  const active = document.activeElement;
  return active && list.contains(active) && active.tagName === 'TEXTAREA' && active.value.length > 0;
}

if (list) {
  let state = null;
  const tick = async () => {
    state = await poll(state);
    setTimeout(tick, 2000);
  };
  tick();
}
