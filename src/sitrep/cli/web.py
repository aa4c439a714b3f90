"""`sitrep serve` (the web app), `sitrep users ...` and `sitrep tokens create`."""

from __future__ import annotations

import ipaddress
import sys
from typing import Annotated

import typer

from sitrep.cli._common import Db, app, err, fail, open_db

users_app = typer.Typer(help="Accounts of the web app and the API.", no_args_is_help=True)
tokens_app = typer.Typer(help="API tokens (stored hashed).", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(tokens_app, name="tokens")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: Db = "sitrep.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    tiles: Annotated[
        str | None,
        typer.Option(
            "--tiles", help="Your own tile server, e.g. https://tiles.example/{z}/{x}/{y}.png"
        ),
    ] = None,
    behind_proxy: Annotated[
        bool,
        typer.Option("--behind-proxy", help="Trust X-Forwarded-Proto/For from a local TLS proxy."),
    ] = False,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Let alerts re-sent from the app reach loopback and private (LAN) webhooks; "
            "or SITREP_ALLOW_PRIVATE=1.",
        ),
    ] = False,
) -> None:
    """Serve the web app (map, table, review, API) over the store.

    It listens on 127.0.0.1 unless told otherwise. With no users defined it serves read-only,
    and only on loopback. Example: sitrep serve --db sitrep.db --port 8000
    """
    import uvicorn

    from sitrep.store import open_store
    from sitrep.web import WebConfig, create_app
    from sitrep.web.audit import configure

    if tiles and not tiles.startswith(("http://", "https://")):
        raise fail(f"--tiles: an http(s) URL with {{z}}/{{x}}/{{y}}, not {tiles!r}")
    store = open_db(db)
    has_users = bool(store.users())
    store.close()
    loopback = _loopback(host)
    if not has_users and not loopback:
        raise fail(
            f"no users are defined, so the app only serves read-only on 127.0.0.1; "
            f"add one with: sitrep users add NAME --role admin --db {db}"
        )
    configure()
    config = WebConfig(
        tiles=tiles, loopback=loopback, trust_proxy=behind_proxy, allow_private=allow_private
    )
    application = create_app(lambda: open_store(db), config)
    err.print(
        f"sitrep: serving {db} on http://{host}:{port}/"
        + ("" if has_users else " (read-only: no users)")
    )
    uvicorn.run(
        application, host=host, port=port, log_level="warning", access_log=False,
        proxy_headers=behind_proxy, forwarded_allow_ips="127.0.0.1" if behind_proxy else None,
        server_header=False,
    )  # fmt: skip


Role = Annotated[str, typer.Option("--role", help="viewer, coder or admin.")]


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="The user name.")],
    role: Role = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    db: Db = "sitrep.db",
) -> None:
    """Add a user (the password is stored as an argon2 hash).

    Example: sitrep users add ana --role coder --password-stdin < ana.pw
    """
    from sitrep.store.contract import StoreError
    from sitrep.web.passwords import hash_secret, password_problem

    if role not in ("viewer", "coder", "admin"):
        raise fail(f"--role: viewer, coder or admin, not {role!r}")
    if not (1 <= len(name) <= 64) or not all(c.isalnum() or c in "._-@" for c in name):
        raise fail("user name: 1 to 64 letters, digits or . _ - @")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    problem = password_problem(password, name)
    if problem:
        raise fail(problem)
    store = open_db(db)
    try:
        store.add_user(name, role, hash_secret(password), by="cli")  # type: ignore[arg-type]
    except StoreError as error:
        raise fail(str(error)) from None
    finally:
        store.close()
    err.print(f"sitrep: added {role} {name}")


@users_app.command("list")
def users_list(db: Db = "sitrep.db") -> None:
    """List the users, their roles and whether they are disabled. Example: sitrep users list"""
    store = open_db(db)
    try:
        for user in store.users():
            state = "disabled" if user.disabled else "active"
            print(f"{user.name}\t{user.role}\t{state}\t{user.created_at}")  # tab-separated
    finally:
        store.close()


@users_app.command("disable")
def users_disable(
    name: Annotated[str, typer.Argument(help="The user name.")], db: Db = "sitrep.db"
) -> None:
    """Disable a user: their sessions and tokens stop working. Example: sitrep users disable ana"""
    from sitrep.store.contract import StoreError

    store = open_db(db)
    try:
        store.disable_user(name, by="cli")
    except StoreError as error:
        raise fail(str(error)) from None
    finally:
        store.close()
    err.print(f"sitrep: disabled {name}")


@tokens_app.command("create")
def tokens_create(
    name: Annotated[str, typer.Argument(help="The user the token acts for.")],
    db: Db = "sitrep.db",
) -> None:
    """Make a new API token for a user and print it once (only its hash is stored).

    Example: sitrep tokens create ana > ana.token
    """
    from sitrep.store.contract import StoreError
    from sitrep.web.passwords import hash_secret, new_token

    store = open_db(db)
    try:
        user, _ = store.user(name)
        if user.disabled:
            raise fail(f"{name}: the user is disabled")
        token = new_token()
        store.add_token(name, token.token_id, hash_secret(token.secret), by="cli")
    except StoreError as error:
        raise fail(str(error)) from None
    finally:
        store.close()
    print(token.text)
    err.print(f"sitrep: token {token.token_id} for {name}; it is shown only this once")
