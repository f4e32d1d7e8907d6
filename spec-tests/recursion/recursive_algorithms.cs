// Classic recursive algorithms: Hanoi, permutations, quicksort, memoized Fibonacci, N-Queens.
using System;
using System.Collections.Generic;

class Program
{
    static int moves;
    static void Hanoi(int n, char from, char to, char via, List<string>? log)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, log);
        moves++;
        log?.Add($"{from}{to}");
        Hanoi(n - 1, via, to, from, log);
    }

    static void Permute(string prefix, string rest, List<string> acc)
    {
        if (rest.Length == 0) { acc.Add(prefix); return; }
        for (int i = 0; i < rest.Length; i++) Permute(prefix + rest[i], rest.Remove(i, 1), acc);
    }

    static void QuickSort(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
        }
        QuickSort(a, lo, j);
        QuickSort(a, i, hi);
    }

    static readonly Dictionary<int, long> memo = new();
    static long Fib(int n) => n < 2 ? n : memo.TryGetValue(n, out var v) ? v : memo[n] = Fib(n - 1) + Fib(n - 2);

    static int Queens(int n, int row, int cols, int d1, int d2)
    {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++)
        {
            if ((cols & (1 << c)) != 0 || (d1 & (1 << (row + c))) != 0 || (d2 & (1 << (row - c + n))) != 0) continue;
            count += Queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c), d2 | 1 << (row - c + n));
        }
        return count;
    }

    static void Main()
    {
        var log = new List<string>();
        Hanoi(3, 'A', 'C', 'B', log);
        Console.WriteLine(moves + " " + string.Join(" ", log));
        moves = 0;
        Hanoi(16, 'A', 'C', 'B', null);
        Console.WriteLine(moves);
        var perms = new List<string>();
        Permute("", "abcd", perms);
        Console.WriteLine(perms.Count + " " + string.Join(",", perms.GetRange(0, 8)));
        var data = new int[1000];
        uint seed = 12345;
        for (int i = 0; i < data.Length; i++) { seed = seed * 1103515245 + 12345; data[i] = (int)(seed >> 16) % 1000; }
        QuickSort(data, 0, data.Length - 1);
        Console.WriteLine(data[0] + " " + data[499] + " " + data[999] + " " + data.Sum());
        Console.WriteLine(Fib(90));
        for (int n = 4; n <= 9; n++) Console.Write(Queens(n, 0, 0, 0, 0) + " ");
        Console.WriteLine();
    }
}
