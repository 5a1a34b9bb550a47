"""A progress bar for management commands that work through many items."""


def progress_bar(stdout, *, width: int = 30):
    """A ``progress(done, total)`` callback drawing ``[####....] done/total``
    on one line of ``stdout`` (a command's ``self.stdout``); when the output
    is not a terminal (a log, cron's mail) only the final state is written."""

    def progress(done: int, total: int) -> None:
        if not stdout.isatty() and done != total:
            return
        filled = width * done // max(total, 1)
        stdout.write(
            f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending=""
        )
        stdout.flush()

    return progress
