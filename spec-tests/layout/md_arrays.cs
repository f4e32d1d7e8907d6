// Multi-dimensional arrays: rank 2 and 3, non-zero lower bounds (Array.CreateInstance),
// GetLowerBound/GetUpperBound/GetLength, bounds errors, arrays of structs and references, GC.
using System;

struct Cell { public int X; public string Label; }

static class Program
{
    static void Main()
    {
        var m = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i, j] = i * 10 + j;
        Console.WriteLine($"rank={m.Rank} len={m.Length} d0={m.GetLength(0)} d1={m.GetLength(1)} m[2,3]={m[2, 3]}");
        int sum = 0; foreach (var v in m) sum += v;
        Console.WriteLine($"foreach sum={sum}");

        var cube = new long[2, 3, 2];
        cube[1, 2, 1] = long.MaxValue; cube[0, 1, 0] = -5;
        Console.WriteLine($"cube {cube.Rank} {cube.Length} {cube[1, 2, 1]} {cube[0, 1, 0]} {cube.GetUpperBound(1)}");

        var lb = (int[,])Array.CreateInstance(typeof(int), new[] { 2, 3 }, new[] { 5, -1 });
        Console.WriteLine($"bounds: [{lb.GetLowerBound(0)}..{lb.GetUpperBound(0)}] [{lb.GetLowerBound(1)}..{lb.GetUpperBound(1)}]");
        lb[5, -1] = 1; lb[6, 1] = 99;
        Console.WriteLine($"lb[5,-1]={lb[5, -1]} lb[6,1]={lb[6, 1]} lb[6,0]={lb[6, 0]}");
        try { lb[0, 0] = 1; Console.WriteLine("no exception"); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException for [0,0]"); }
        try { Console.WriteLine(m[3, 0]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException for [3,0]"); }
        try { Console.WriteLine(m[0, -1]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException for [0,-1]"); }

        var cells = new Cell[2, 2];
        cells[1, 0] = new Cell { X = 4, Label = "one-zero" };
        cells[0, 1].X = 7; cells[0, 1].Label = "zero" + "-one";
        GC.Collect();
        Console.WriteLine($"cells: {cells[1, 0].Label} {cells[0, 1].Label} {cells[0, 1].X} {cells[1, 1].Label ?? "null"}");

        var strs = new string[2, 3];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) strs[i, j] = new string((char)('a' + i), j + 1);
        GC.Collect();
        Console.WriteLine($"strs: {strs[0, 0]} {strs[1, 2]} {string.Join(",", (object[])new object[] { strs[0, 2], strs[1, 1] })}");

        object[,] objs = strs;
        try { objs[0, 0] = 42; Console.WriteLine("stored"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException on object[,] store"); }

        ref int r = ref m[1, 2];
        r += 100;
        Console.WriteLine($"ref element: {m[1, 2]}");

        Array a = m;
        Console.WriteLine($"Array API: {a.GetValue(2, 1)} {a.Rank} {a.GetType()}");
        a.SetValue(-8, 0, 0);
        Console.WriteLine($"after SetValue: {m[0, 0]}");

        var copy = (int[,])m.Clone();
        copy[0, 0] = 1000;
        Console.WriteLine($"clone independent: {m[0, 0]} {copy[0, 0]} {copy[2, 3]}");

        var jag = new int[2][,];
        jag[1] = new int[1, 2] { { 3, 4 } };
        Console.WriteLine($"jagged of md: {jag[1][0, 1]} {jag[0] == null}");
        var init = new[,] { { 1.5, 2.5 }, { 3.5, 4.5 } };
        Console.WriteLine($"initializer: {init[1, 0]} {init.Length}");
    }
}
