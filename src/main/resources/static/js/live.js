// The STOMP connection of a player or host (docs/live-protocol.md, section 4). Uses the stompjs UMD bundle.

const JSON_HEADERS = { 'content-type': 'application/json' };

export function connect({ gameId, token, topics, queues, onMessage, onFatal, onConnect, onDisconnect }) {
  const { Client } = window.StompJs;
  const client = new Client({
    brokerURL: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
    connectHeaders: token ? { 'player-token': token } : {},
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
    reconnectDelay: 2000,
  });
  // False when there is no connection at the moment: nothing was sent (the caller says so, and may retry).
  const send = (path, body) => {
    if (!client.connected) return false;
    client.publish({ destination: `/app/games/${gameId}/${path}`, body: JSON.stringify(body ?? {}), headers: JSON_HEADERS });
    return true;
  };

  // Every (re)connect subscribes again and asks where the game is.
  client.onConnect = () => {
    for (const topic of topics) {
      client.subscribe(`/topic/games.${gameId}.${topic}`, (m) => onMessage(topic, JSON.parse(m.body)));
    }
    for (const queue of queues) {
      client.subscribe(`/user/queue/${queue}`, (m) => onMessage(queue, JSON.parse(m.body)));
    }
    send('sync');
    if (onConnect) onConnect();
  };
  client.onWebSocketClose = () => {
    if (onDisconnect && client.active) onDisconnect();
  };
  client.onStompError = (frame) => {
    const message = frame.headers.message ?? '';
    const code = message.split(':')[0];
    if (['invalid_token', 'kicked', 'unauthenticated', 'forbidden'].includes(code)) {
      client.deactivate();
      if (onFatal) onFatal(code);
    }
  };
  client.activate();
  return {
    send,
    close: () => client.deactivate(),
  };
}

// A signed-in user's subscription to other features' topics (a hunt's team feed, docs/hunts.md "Live"): the session
// cookie authenticates, each SUBSCRIBE is authorised by the server; nothing is sent. Resubscribes on reconnect.
export function watch({ destinations, onMessage, onFatal, onConnect }) {
  const { Client } = window.StompJs;
  const client = new Client({
    brokerURL: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
    reconnectDelay: 2000,
  });
  client.onConnect = () => {
    for (const destination of destinations) {
      client.subscribe(destination, (m) => onMessage(destination, JSON.parse(m.body)));
    }
    if (onConnect) onConnect();
  };
  client.onStompError = (frame) => {
    const code = (frame.headers.message ?? '').split(':')[0];
    if (['unauthenticated', 'forbidden'].includes(code)) {
      client.deactivate();
      if (onFatal) onFatal(code);
    }
  };
  client.activate();
  return { close: () => client.deactivate() };
}
