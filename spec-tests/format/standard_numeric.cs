// Standard numeric format strings (invariant culture).
using System;

class Program
{
    static void Main()
    {
        double[] doubles = { 0, 1234.5678, -0.0015, 1e21, 123456789.987654321, 0.5, 2.5 };
        string[] dfmts = { "F", "F0", "F3", "N", "N0", "N3", "E", "E2", "e4", "G", "G3", "G10", "P", "P1", "C", "R" };
        foreach (double d in doubles)
        {
            Console.Write($"{d,-22}");
            foreach (var f in dfmts) Console.Write($" {f}=[{d.ToString(f)}]");
            Console.WriteLine();
        }
        int[] ints = { 0, 42, -42, 255, int.MaxValue, int.MinValue };
        string[] ifmts = { "D", "D6", "X", "x8", "N0", "N2", "F1", "E3", "G", "P0", "B", "C0" };
        foreach (int i in ints)
        {
            Console.Write($"{i,-12}");
            foreach (var f in ifmts) Console.Write($" {f}=[{i.ToString(f)}]");
            Console.WriteLine();
        }
        Console.WriteLine(long.MinValue.ToString("X") + " " + (-1L).ToString("x") + " " + ulong.MaxValue.ToString("N0") + " " + ((byte)200).ToString("X4") + " " + ((sbyte)-1).ToString("X"));
        Console.WriteLine(1234.5678m.ToString("C") + " " + 0.125m.ToString("P") + " " + 1.5m.ToString("E") + " " + 123.4500m.ToString("G") + " " + 123.4500m.ToString("F1"));
        Console.WriteLine(1.5f.ToString("F5") + " " + 0.1f.ToString("G9") + " " + 3.4e38f.ToString("N0").Length + " " + float.Epsilon.ToString("E3"));
        Console.WriteLine(double.NaN.ToString("F2") + " " + double.PositiveInfinity.ToString("N") + " " + double.NegativeInfinity.ToString("E"));
        Console.WriteLine((-0.0).ToString("F2") + " " + (-0.001).ToString("F2") + " " + (-0.0).ToString() + " " + (-0.4).ToString("F0"));
        Console.WriteLine(0.5.ToString("F0") + " " + 1.5.ToString("F0") + " " + 2.5.ToString("F0") + " " + 0.125.ToString("F2") + " " + 1.005.ToString("F2"));
    }
}
