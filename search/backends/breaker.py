"""A circuit breaker in front of the primary search backend.

A hung Elasticsearch node does not refuse connections, it lets every search
wait for the client's full timeout before the database answers. Once a few
calls in a short window have failed, the breaker opens: searches go to the
fallback at once for a cool-down period, after which one probe is let
through. A successful probe closes the breaker; a failed one opens it for
another cool-down.

State is per process (each app worker keeps its own breaker), so a worker
pays for at most ``failures`` timeouts before it stops asking the node.
"""

import threading
import time
from collections import deque
from collections.abc import Callable


class CircuitBreaker:
    def __init__(
        self,
        *,
        failures: int,
        window: float,
        cooldown: float,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.failures = max(1, failures)
        self.window = window
        self.cooldown = cooldown
        self._clock = clock
        self._recent: deque[float] = deque()
        # 0 while closed; otherwise when the next probe may go through.
        self._open_until = 0.0
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        return self._open_until != 0.0

    def allows(self) -> bool:
        """May the primary be asked now? While open, only one caller per
        cool-down gets a yes (the probe)."""
        with self._lock:
            if not self._open_until:
                return True
            now = self._clock()
            if now < self._open_until:
                return False
            self._open_until = now + self.cooldown
            return True

    def record_success(self) -> None:
        with self._lock:
            self._recent.clear()
            self._open_until = 0.0

    def record_failure(self) -> None:
        with self._lock:
            now = self._clock()
            self._recent.append(now)
            while self._recent and self._recent[0] < now - self.window:
                self._recent.popleft()
            if self._open_until or len(self._recent) >= self.failures:
                self._open_until = now + self.cooldown
