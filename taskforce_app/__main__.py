"""`python -m taskforce_app …`: the same as the `taskforce-app` console script."""

from taskforce_app.launcher import run

if __name__ == "__main__":
    run()
