# expect: wrong_answer
# grokpat: find-duplicate-number
# mistake: returns-meeting-point
def find_duplicate(nums):
    slow = fast = 0
    while True:
        slow = nums[slow]
        fast = nums[nums[fast]]
        if slow == fast:
            return slow  # where they meet is inside the loop, not necessarily its entry
