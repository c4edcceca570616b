"""A tiny task tracker package."""
from .model import Task, Priority, Status
from .store import TaskStore
from .report import render_table, summary

__all__ = ["Task", "Priority", "Status", "TaskStore", "render_table", "summary"]
__version__ = "0.3.1"
