"""grokpat: practise coding-interview problems by pattern, judged locally.

``from grokpat import ListNode, TreeNode`` is the one import path solutions write.
"""

from problems.nodes import ListNode, TreeNode

__version__ = "0.1.0"
__all__ = ["ListNode", "TreeNode", "__version__"]
