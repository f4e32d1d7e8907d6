// System.Math: exact functions printed in full, transcendental ones rounded to 10 places.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine($"{Math.Abs(-5)} {Math.Abs(-5.5)} {Math.Max(3, 7)} {Math.Min(-2L, 4L)} {Math.Sign(-0.0)} {Math.Sign(-3)}");
        Console.WriteLine($"{Math.Sqrt(2)} {Math.Sqrt(144)} {Math.Sqrt(-1)} {Math.Cbrt(27):F10}");
        Console.WriteLine($"{Math.Pow(2, 10)} {Math.Pow(2, -2)} {Math.Pow(2, 0.5)} {Math.Pow(0, 0)} {Math.Pow(-8, 1.0 / 3)}");
        Console.WriteLine($"{Math.Floor(-2.5)} {Math.Ceiling(-2.5)} {Math.Truncate(-2.7)} {Math.Floor(2.5)} {Math.Ceiling(2.1)}");
        Console.WriteLine("Round (to even): " + string.Join(" ", new[] { 0.5, 1.5, 2.5, -0.5, -1.5, 2.675 }.Select(d => Math.Round(d))));
        Console.WriteLine("Round away: " + string.Join(" ", new[] { 0.5, 1.5, 2.5, -0.5, -1.5 }.Select(d => Math.Round(d, MidpointRounding.AwayFromZero))));
        Console.WriteLine($"Round digits: {Math.Round(2.345, 2)} {Math.Round(2.675, 2)} {Math.Round(1.005, 2)} {Math.Round(-1.25, 1)}");
        Console.WriteLine($"decimal Round: {Math.Round(2.345m, 2)} {Math.Round(2.355m, 2)} {Math.Round(2.5m)} {decimal.Round(3.5m)}");
        Console.WriteLine($"Clamp: {Math.Clamp(15, 0, 10)} {Math.Clamp(-3.5, -1.0, 1.0)}");
        Console.WriteLine($"DivRem: {Math.DivRem(17, 5)} {Math.DivRem(-17, 5)}");
        Console.WriteLine($"Max NaN: {Math.Max(1.0, double.NaN)} Min: {Math.Min(double.NaN, 1.0)} Max(-0,0): {1 / Math.Max(-0.0, 0.0)}");
        Console.WriteLine($"FusedMultiplyAdd: {Math.FusedMultiplyAdd(0.1, 10, -1)}");
        Console.WriteLine($"CopySign: {Math.CopySign(3.0, -0.0)} BitIncrement: {Math.BitIncrement(1.0)}");
        Console.WriteLine($"ILogB: {Math.ILogB(1024.0)} ScaleB: {Math.ScaleB(1.5, 4)}");
        double[] xs = { 0.5, 1, 2, 10 };
        foreach (double x in xs)
        {
            Console.WriteLine($"x={x}: sin={Math.Sin(x):F10} cos={Math.Cos(x):F10} tan={Math.Tan(x):F10} exp={Math.Exp(x):F10} log={Math.Log(x):F10} log10={Math.Log10(x):F10} atan={Math.Atan(x):F10}");
        }
        Console.WriteLine($"Atan2: {Math.Atan2(1, -1):F10} Log2(8): {Math.Log2(8)} Log(8,2): {Math.Log(8, 2):F10}");
        Console.WriteLine($"PI={Math.PI} E={Math.E} Tau={Math.Tau}");
        Console.WriteLine($"Log(0)={Math.Log(0)} Log(-1)={Math.Log(-1)} Exp(1000)={Math.Exp(1000)}");
        Console.WriteLine($"Sinh(1)={Math.Sinh(1):F10} Cosh(1)={Math.Cosh(1):F10} Tanh(1)={Math.Tanh(1):F10}");
        Console.WriteLine($"Asin(1)={Math.Asin(1):F10} Acos(0.5)={Math.Acos(0.5):F10} Acos(2)={Math.Acos(2)}");
    }
}
