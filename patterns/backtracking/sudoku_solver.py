"""Sudoku Solver: reference (backtracking on the most constrained cell, with bit masks) and
oracle (plain backtracking over the empty cells in reading order)."""

# Puzzles with exactly one solution (and that solution), checked when they were made; the
# generator varies them by transformations that keep a unique solution unique.
PUZZLES = [
    ("530070000600195000098000060800060003400803001700020006060000280000419005000080079", "534678912672195348198342567859761423426853791713924856961537284287419635345286179"),
    ("600400000905816000040000000002050000004001030106030578010070040360102850009380167", "681423795975816324243597681732958416854761932196234578518679243367142859429385167"),
    ("000030204540000900002007030004060090701008005050470810090800023005000080800050700", "178639254543281976962547138284165397731928465659473812497816523325794681816352749"),
    ("000152360020006050053000801009080700400000600010200000040078135037000000095023400", "984152367721836954653749821569384712472591683318267549246978135837415296195623478"),
    ("324000089000009000950040106200385900700400003009602018005000070000150800803020001", "324516789167839245958247136241385967786491523539672418415968372672153894893724651"),
    ("003020000209304000000108030590203060400010900002007040700409351000530600035000294", "153726489289354716674198532598243167467815923312967845726489351941532678835671294"),
    ("050080704001040390009000060105490870300006050090350000500038900004060000070100605", "653981724721645398489273561165492873347816259892357416516738942234569187978124635"),
    ("000096480002053000900204735100030090007802000000000800083001006500000078600000104", "735196482842753619916284735168435297397862541254917863483571926521649378679328154"),
    ("000093100901000760300700002400805071002600900000020050000082610200170005806900020", "675293148921548763348761592469835271582617934137429856754382619293176485816954327"),
    ("097060800000007009000200300000078050031000002800023740976000010502890000008000094", "197364825283517469465289371624978153731645982859123746976432518542891637318756294"),
    ("003000607908500000605020000000000000831060000002083490004005100090407538000208004", "123849657948576213675321849469752381831964725752183496384695172296417538517238964"),
    ("600000023040300900051020000590004230400080005003795406020000309800130640006040700", "689471523742358961351926874598614237467283195213795486124867359875139642936542718"),
    ("005000000000500213183062000070003950500000000002708100301800560800010030020035000", "245371689769584213183962475674123958518496327932758146391847562856219734427635891"),
    ("720010003039800050006040800040700000603104070987200030005470000004058010070031009", "728516493439827651516349827241783965653194278987265134195472386364958712872631549"),
    ("000900018000360000000005002382009150704008230950602007020000780090000060076400905", "537924618218367594649815372382749156764158239951632847423596781895271463176483925"),
    ("003840000400300982000092040005003060204085700070000004001036020702008030009100008", "923847615457361982168592347895473261214685793376219854581736429742958136639124578"),
]


def solve_sudoku(board: list[list[str]]) -> None:
    """Keep the digits used in each row, column and box as bit masks. Repeatedly fill the
    empty cell with the fewest allowed digits: try each, recurse, undo on failure. Choosing
    the most constrained cell makes forced cells cost nothing and keeps the tree small."""
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    empty = []
    for r in range(9):
        for c in range(9):
            ch = board[r][c]
            if ch == ".":
                empty.append((r, c, r // 3 * 3 + c // 3))
            else:
                bit = 1 << int(ch)
                rows[r] |= bit
                cols[c] |= bit
                boxes[r // 3 * 3 + c // 3] |= bit

    def solve(filled: int) -> bool:
        if filled == len(empty):
            return True
        best, best_allowed, best_count = filled, 0, 10
        for k in range(filled, len(empty)):  # the most constrained empty cell goes next
            r, c, b = empty[k]
            allowed = ~(rows[r] | cols[c] | boxes[b]) & 0x3FE
            count = bin(allowed).count("1")
            if count < best_count:
                best, best_allowed, best_count = k, allowed, count
                if count <= 1:
                    break
        empty[filled], empty[best] = empty[best], empty[filled]
        r, c, b = empty[filled]
        allowed = best_allowed
        while allowed:
            bit = allowed & -allowed
            allowed ^= bit
            rows[r] |= bit  # choose
            cols[c] |= bit
            boxes[b] |= bit
            board[r][c] = str(bit.bit_length() - 1)
            if solve(filled + 1):
                return True
            rows[r] ^= bit  # un-choose
            cols[c] ^= bit
            boxes[b] ^= bit
        board[r][c] = "."
        empty[filled], empty[best] = empty[best], empty[filled]
        return False

    solve(0)


def brute_force(board: list[list[str]]) -> None:
    """Plain backtracking: the first empty cell in reading order gets each digit that its
    row, column and box do not hold yet; undo and try the next on failure."""
    used = set()
    for r in range(9):
        for c in range(9):
            if board[r][c] != ".":
                d = board[r][c]
                used |= {("row", r, d), ("col", c, d), ("box", r // 3, c // 3, d)}
    cells = [(r, c) for r in range(9) for c in range(9) if board[r][c] == "."]

    def fill(k: int) -> bool:
        if k == len(cells):
            return True
        r, c = cells[k]
        for d in "123456789":
            keys = (("row", r, d), ("col", c, d), ("box", r // 3, c // 3, d))
            if any(key in used for key in keys):
                continue
            used.update(keys)
            board[r][c] = d
            if fill(k + 1):
                return True
            used.difference_update(keys)
        board[r][c] = "."
        return False

    fill(0)


def inputs():
    """A stored puzzle under a random validity-preserving transformation (relabel the
    digits; reorder the bands, the rows within each band, the stacks, the columns within
    each stack; maybe transpose), with some extra cells of its solution given. All of these
    keep the solution unique. Shrinks toward the first puzzle, untransformed."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        puzzle, solution = PUZZLES[draw(st.integers(0, len(PUZZLES) - 1))]
        digits = [0] + draw(st.permutations(range(1, 10)))
        bands, stacks = draw(st.permutations(range(3))), draw(st.permutations(range(3)))
        rows = [b * 3 + r for b in bands for r in draw(st.permutations(range(3)))]
        cols = [s * 3 + c for s in stacks for c in draw(st.permutations(range(3)))]
        transpose = draw(st.booleans())
        blanks = [i for i, ch in enumerate(puzzle) if ch == "0"]
        reveal = set(draw(st.lists(st.sampled_from(blanks), max_size=len(blanks))) if draw(st.booleans()) else [])
        cells = []
        for r in range(9):
            for c in range(9):
                src = cols[c] * 9 + rows[r] if transpose else rows[r] * 9 + cols[c]
                keep = puzzle[src] != "0" or src in reveal
                cells.append(str(digits[int(solution[src])]) if keep else ".")
        return {"board": [cells[r * 9 : r * 9 + 9] for r in range(9)]}

    return draw()
