"""The preview server answers only to local names (no DNS rebinding).

A web page on another site can point its own host name at 127.0.0.1 (DNS
rebinding) and then read the preview through the visitor's browser. The browser
still sends that foreign name in the ``Host`` header, so the server accepts only
``localhost``, the loopback addresses and the address it is bound to, with the port
it listens on (or none).
"""

from __future__ import annotations

LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _split(host_header: str) -> tuple[str, str | None]:
    """``host[:port]`` (IPv6 in brackets) -> (host, port or None), lower-cased."""
    value = host_header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return value, None
        host, rest = value[1:end], value[end + 1 :]
        return host, rest[1:] if rest.startswith(":") else None
    host, sep, port = value.rpartition(":")
    return (host, port) if sep else (value, None)


def host_allowed(host_header: str | None, bound_host: str, port: int) -> bool:
    """Whether a request with this ``Host`` header may be answered."""
    if host_header is None:
        return True  # HTTP/1.0 tools without a Host header; browsers always send one
    host, given_port = _split(host_header)
    if given_port is not None and given_port != str(port):
        return False
    return host.rstrip(".") in LOCAL_NAMES | {bound_host.lower()}
