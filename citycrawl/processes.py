"""Child processes the project starts (the sample web, a replay engine)."""
import subprocess


def stop(proc: subprocess.Popen, timeout: float = 10) -> None:
    """Ask a child to stop, and kill it if it has not within `timeout` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
