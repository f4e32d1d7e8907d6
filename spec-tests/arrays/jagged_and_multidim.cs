// Jagged arrays (arrays of arrays) and rectangular multi-dimensional arrays.
using System;

class Program
{
    static void Main()
    {
        int[][] jag = new int[3][];
        for (int i = 0; i < jag.Length; i++)
        {
            jag[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jag[i][j] = i * 10 + j;
        }
        foreach (var row in jag) Console.WriteLine(string.Join(" ", row));
        int[][] lit = { new[] { 1 }, new[] { 2, 3 }, Array.Empty<int>() };
        Console.WriteLine(lit[1][1] + " " + lit[2].Length);
        int[,] grid = new int[3, 4];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                grid[r, c] = r * 4 + c;
        Console.WriteLine($"rank={grid.Rank} len={grid.Length} dims={grid.GetLength(0)}x{grid.GetLength(1)} ub={grid.GetUpperBound(1)}");
        for (int r = 0; r < grid.GetLength(0); r++)
        {
            for (int c = 0; c < grid.GetLength(1); c++) Console.Write($"{grid[r, c],3}");
            Console.WriteLine();
        }
        Console.Write("foreach order:");
        foreach (int v in grid) Console.Write(" " + v);
        Console.WriteLine();
        int[,] m = { { 1, 2 }, { 3, 4 } };
        int[,] n = { { 5, 6 }, { 7, 8 } };
        int[,] p = new int[2, 2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 2; k++)
                    p[i, j] += m[i, k] * n[k, j];
        Console.WriteLine($"{p[0, 0]} {p[0, 1]} {p[1, 0]} {p[1, 1]}");
        var cube = new string[2, 2, 2];
        cube[1, 0, 1] = "x";
        Console.WriteLine(cube.Rank + " " + cube.Length + " " + (cube[0, 0, 0] ?? "null") + " " + cube[1, 0, 1]);
        Console.WriteLine(grid.GetType() + " " + cube.GetType().Name + " " + jag.GetType().Name);
        try { grid[3, 0] = 1; }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        var cloned = (int[,])m.Clone();
        cloned[0, 0] = 99;
        Console.WriteLine(m[0, 0] + " " + cloned[0, 0]);
        Array nonZero = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 5 });
        nonZero.SetValue(42, 6);
        Console.WriteLine(nonZero.GetLowerBound(0) + " " + nonZero.GetValue(6) + " " + nonZero.GetType());
        int[][,] mixed = { new int[1, 2] { { 1, 2 } } };
        Console.WriteLine(mixed[0][0, 1]);
    }
}
