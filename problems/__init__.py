"""What a problem is: model, schema, loading, validation, input specs, comparison.

Importing this package is cheap (no Hypothesis): browsing the catalog must start fast.
"""

from problems.nodes import ListNode, TreeNode

__all__ = ["ListNode", "TreeNode"]
