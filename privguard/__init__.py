"""PrivGuard: an encrypted register of personal data, risks, incidents and decisions."""

__version__ = "0.1.0"
