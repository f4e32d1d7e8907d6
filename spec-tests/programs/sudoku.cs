// A sudoku solver: candidate bitmasks per cell, constraint propagation (naked singles and
// hidden singles), backtracking on the cell with the fewest candidates, solution counting,
// validation, and statistics (nodes, propagations, guesses) for several puzzles.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;

namespace Sudoku;

readonly record struct SolveStats(long Nodes, long Propagations, long Guesses, int MaxDepth, int Solutions)
{
    public static SolveStats operator +(SolveStats a, SolveStats b) =>
        new(a.Nodes + b.Nodes, a.Propagations + b.Propagations, a.Guesses + b.Guesses, Math.Max(a.MaxDepth, b.MaxDepth), a.Solutions + b.Solutions);
}

class InvalidPuzzleException(string message) : Exception(message);

sealed class Board
{
    public const int All = 0x1FF;
    private static readonly int[][] Units = BuildUnits();
    private static readonly int[][] PeersOf = BuildPeers();
    private static readonly int[][] UnitsOf = Enumerable.Range(0, 81).Select(c => Units.Select((u, i) => (u, i)).Where(x => x.u.Contains(c)).Select(x => x.i).ToArray()).ToArray();

    private readonly int[] cand = new int[81];

    private Board() { }

    public Board Clone()
    {
        var b = new Board();
        Array.Copy(cand, b.cand, 81);
        return b;
    }

    public int this[int cell] => BitOperations.PopCount((uint)cand[cell]) == 1 ? BitOperations.TrailingZeroCount(cand[cell]) + 1 : 0;
    public int Candidates(int cell) => cand[cell];
    public bool Solved => cand.All(c => BitOperations.PopCount((uint)c) == 1);
    public int Filled => cand.Count(c => BitOperations.PopCount((uint)c) == 1);

    static int[][] BuildUnits()
    {
        var units = new List<int[]>();
        for (int r = 0; r < 9; r++) units.Add(Enumerable.Range(0, 9).Select(c => r * 9 + c).ToArray());
        for (int c = 0; c < 9; c++) units.Add(Enumerable.Range(0, 9).Select(r => r * 9 + c).ToArray());
        for (int b = 0; b < 9; b++)
        {
            int r0 = b / 3 * 3, c0 = b % 3 * 3;
            units.Add((from dr in Enumerable.Range(0, 3) from dc in Enumerable.Range(0, 3) select (r0 + dr) * 9 + c0 + dc).ToArray());
        }
        return units.ToArray();
    }

    static int[][] BuildPeers()
    {
        var peers = new int[81][];
        var units = Units ?? BuildUnits();
        for (int cell = 0; cell < 81; cell++)
        {
            var set = new SortedSet<int>();
            foreach (var u in units.Where(u => Array.IndexOf(u, cell) >= 0))
                foreach (var p in u) if (p != cell) set.Add(p);
            peers[cell] = set.ToArray();
        }
        return peers;
    }

    public static Board Parse(string text)
    {
        var digits = text.Where(ch => ch is (>= '0' and <= '9') or '.').ToArray();
        if (digits.Length != 81) throw new InvalidPuzzleException($"expected 81 cells, got {digits.Length}");
        var b = new Board();
        Array.Fill(b.cand, All);
        var stats = new Counter();
        for (int i = 0; i < 81; i++)
        {
            int d = digits[i] is >= '1' and <= '9' ? digits[i] - '0' : 0;
            if (d != 0 && !b.Assign(i, d, stats))
                throw new InvalidPuzzleException($"contradiction placing {d} at r{i / 9 + 1}c{i % 9 + 1}");
        }
        return b;
    }

    public sealed class Counter { public long Propagations; }

    // Assign digit d to cell by eliminating all other candidates.
    public bool Assign(int cell, int d, Counter stats)
    {
        int others = cand[cell] & ~(1 << (d - 1));
        while (others != 0)
        {
            int bit = others & -others;
            others &= others - 1;
            if (!Eliminate(cell, bit, stats)) return false;
        }
        return true;
    }

    bool Eliminate(int cell, int bit, Counter stats)
    {
        if ((cand[cell] & bit) == 0) return true;
        cand[cell] &= ~bit;
        stats.Propagations++;
        int left = cand[cell];
        if (left == 0) return false;
        if ((left & (left - 1)) == 0)
        {
            // Naked single: remove it from every peer.
            foreach (var p in PeersOf[cell])
                if (!Eliminate(p, left, stats)) return false;
        }
        // Hidden single: a unit where this digit now has one place left.
        foreach (var ui in UnitsOf[cell])
        {
            int place = -1, count = 0;
            foreach (var c in Units[ui])
            {
                if ((cand[c] & bit) != 0) { count++; place = c; }
            }
            if (count == 0) return false;
            if (count == 1 && cand[place] != bit && !Assign(place, BitOperations.TrailingZeroCount(bit) + 1, stats)) return false;
        }
        return true;
    }

    public int BestCell()
    {
        int best = -1, bestCount = 10;
        for (int i = 0; i < 81; i++)
        {
            int n = BitOperations.PopCount((uint)cand[i]);
            if (n > 1 && n < bestCount) { best = i; bestCount = n; }
        }
        return best;
    }

    public bool IsValidSolution()
    {
        if (!Solved) return false;
        return Units.All(u => u.Aggregate(0, (m, c) => m | cand[c]) == All);
    }

    public string Render(Board? original = null)
    {
        var sb = new StringBuilder();
        for (int r = 0; r < 9; r++)
        {
            if (r % 3 == 0) sb.AppendLine("+-------+-------+-------+");
            for (int c = 0; c < 9; c++)
            {
                if (c % 3 == 0) sb.Append("| ");
                int v = this[r * 9 + c];
                bool given = original is not null && original[r * 9 + c] != 0;
                sb.Append(v == 0 ? '.' : (char)('0' + v)).Append(original is null || given ? ' ' : '\'');
            }
            sb.AppendLine("|");
        }
        sb.Append("+-------+-------+-------+");
        return sb.ToString();
    }

    public string Line() => string.Concat(Enumerable.Range(0, 81).Select(i => this[i] == 0 ? "." : this[i].ToString()));

    public string CandidateSummary()
    {
        var histogram = cand.GroupBy(c => BitOperations.PopCount((uint)c)).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        return string.Join(" ", histogram);
    }
}

sealed class Solver
{
    private long nodes, guesses;
    private int maxDepth;
    private readonly Board.Counter counter = new();
    private readonly List<Board> solutions = new();
    private readonly int limit;

    public Solver(int limit) => this.limit = limit;

    public (IReadOnlyList<Board> Solutions, SolveStats Stats) Solve(Board start)
    {
        Search(start, 0);
        return (solutions, new SolveStats(nodes, counter.Propagations, guesses, maxDepth, solutions.Count));
    }

    void Search(Board b, int depth)
    {
        nodes++;
        maxDepth = Math.Max(maxDepth, depth);
        if (solutions.Count >= limit) return;
        int cell = b.BestCell();
        if (cell < 0)
        {
            if (b.IsValidSolution()) solutions.Add(b);
            return;
        }
        int mask = b.Candidates(cell);
        for (int d = 1; d <= 9 && solutions.Count < limit; d++)
        {
            if ((mask & (1 << (d - 1))) == 0) continue;
            guesses++;
            var next = b.Clone();
            if (next.Assign(cell, d, counter)) Search(next, depth + 1);
        }
    }
}

static class Program
{
    static readonly (string Name, string Grid)[] Puzzles =
    {
        ("easy", "003020600900305001001806400008102900700000008006708200002609500800203009005010300"),
        ("medium", "200080300060070084030500209000105408000000000402706000301007040720040060004010003"),
        ("hard (Inkala)", "800000000003600000070090200050007000000045700000100030001000068008500010090000400"),
        ("hard (dotted)", "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"),
        ("sparse (8 twice in a box)", """
            52...6...
            ......7.1
            3........
            ...4..8..
            6......5.
            .........
            418......
            ...3..2..
            .87......
            """),
        ("multiple solutions", "000000000000000000001806400008102900700000008006708200002609500800203009005010300"),
        ("invalid: duplicate", "113020600900305001001806400008102900700000008006708200002609500800203009005010300"),
        ("invalid: short", "1234"),
        ("no solution A", "820000000003600000070090200050007000000045700000100030001000068008500010090000400"),
        ("no solution B", "840000000003600000070090200050007000000045700000100030001000068008500010090000400"),
        ("no solution C", "860000000003600000070090200050007000000045700000100030001000068008500010090000400"),
    };


    static void Main()
    {
        var total = new SolveStats();
        var summary = new List<(string Name, string Result, long Nodes)>();
        foreach (var (name, grid) in Puzzles)
        {
            Console.WriteLine($"### {name}");
            Board board;
            try
            {
                board = Board.Parse(grid);
            }
            catch (InvalidPuzzleException e)
            {
                Console.WriteLine($"rejected: {e.Message}");
                summary.Add((name, "invalid", 0));
                continue;
            }
            int givens = grid.Count(ch => ch is >= '1' and <= '9');
            Console.WriteLine($"givens {givens}, filled after propagation {board.Filled}, candidates {board.CandidateSummary()}");
            var original = Board.Parse(grid);
            var (solutions, stats) = new Solver(limit: 2).Solve(board);
            total += stats;
            Console.WriteLine($"nodes={stats.Nodes} propagations={stats.Propagations} guesses={stats.Guesses} depth={stats.MaxDepth} solutions={stats.Solutions}{(stats.Solutions >= 2 ? "+" : "")}");
            string result = solutions.Count switch
            {
                0 => "no solution",
                1 => "unique",
                _ => "multiple",
            };
            summary.Add((name, result, stats.Nodes));
            if (solutions.Count > 0)
            {
                var s = solutions[0];
                Console.WriteLine(s.Render(original));
                Console.WriteLine($"valid={s.IsValidSolution()} line={s.Line()}");
                bool keepsGivens = Enumerable.Range(0, 81).All(i => original[i] == 0 || original[i] == s[i]);
                Console.WriteLine($"keeps givens: {keepsGivens}");
                if (solutions.Count > 1)
                {
                    var diff = Enumerable.Range(0, 81).Where(i => solutions[0][i] != solutions[1][i]).Select(i => $"r{i / 9 + 1}c{i % 9 + 1}:{solutions[0][i]}/{solutions[1][i]}");
                    Console.WriteLine("second solution differs at " + string.Join(" ", diff.Take(8)) + (diff.Count() > 8 ? $" (+{diff.Count() - 8} more)" : ""));
                }
            }
            else
            {
                Console.WriteLine(board.Render());
            }
        }
        Console.WriteLine("### summary");
        foreach (var (name, result, nodes) in summary.OrderBy(s => s.Nodes).ThenBy(s => s.Name, StringComparer.Ordinal))
            Console.WriteLine($"{name,-20} {result,-12} {nodes,8:N0}");
        Console.WriteLine($"total: {total}");
        var digitsUsed = Puzzles.SelectMany(p => p.Grid).Where(char.IsDigit).GroupBy(c => c).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine("digit frequency in inputs: " + string.Join(" ", digitsUsed));
        Generate(seed: 7, targetGivens: 30);
        Generate(seed: 2024, targetGivens: 26);
        Console.WriteLine($"popcounts: {BitOperations.PopCount(0x1FFu)} {BitOperations.TrailingZeroCount(0x100)} {BitOperations.LeadingZeroCount(0x1u)} {BitOperations.Log2(257u)}");
    }
    // Make a new puzzle from a solved grid: relabel digits, permute rows inside bands and bands
    // themselves (all driven by a seeded Random), then dig holes while the solution stays unique.
    static void Generate(int seed, int targetGivens)
    {
        Console.WriteLine($"### generated (seed {seed}, target {targetGivens} givens)");
        var rng = new Random(seed);
        var solved = new Solver(1).Solve(Board.Parse(Puzzles[0].Grid)).Solutions[0];
        int[] relabel = Enumerable.Range(1, 9).OrderBy(_ => rng.Next()).ToArray();
        int[] bandOrder = Enumerable.Range(0, 3).OrderBy(_ => rng.Next(100)).ToArray();
        int[] rows = bandOrder.SelectMany(b => Enumerable.Range(0, 3).OrderBy(_ => rng.NextDouble()).Select(r => b * 3 + r)).ToArray();
        Console.WriteLine($"relabel {string.Join("", relabel)} rows {string.Join("", rows)}");
        var cells = new int[81];
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++)
                cells[r * 9 + c] = relabel[solved[rows[r] * 9 + c] - 1];
        int attempts = 0, removed = 0, kept = 0;
        foreach (int pos in Enumerable.Range(0, 81).OrderBy(_ => rng.Next(1000)).ThenBy(i => i).ToList())
        {
            if (81 - removed <= targetGivens) break;
            attempts++;
            int saved = cells[pos];
            cells[pos] = 0;
            var grid = string.Concat(cells.Select(v => (char)('0' + v)));
            var (sols, _) = new Solver(2).Solve(Board.Parse(grid));
            if (sols.Count == 1) removed++;
            else { cells[pos] = saved; kept++; }
        }
        string puzzle = string.Concat(cells.Select(v => v == 0 ? '.' : (char)('0' + v)));
        var start = Board.Parse(puzzle);
        var (final, stats) = new Solver(2).Solve(start);
        Console.WriteLine($"attempts={attempts} removed={removed} kept={kept} givens={81 - removed}");
        Console.WriteLine(puzzle);
        Console.WriteLine($"unique={final.Count == 1} nodes={stats.Nodes} guesses={stats.Guesses}");
        Console.WriteLine(final[0].Render(Board.Parse(puzzle)));
        var perRow = Enumerable.Range(0, 9).Select(r => cells.Skip(r * 9).Take(9).Count(v => v != 0));
        Console.WriteLine("givens per row: " + string.Join(",", perRow) + $" (min {perRow.Min()}, max {perRow.Max()}, avg {perRow.Average():F2})");
    }
}
