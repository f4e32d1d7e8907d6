// IEEE 754 special values: NaN comparisons, signed zero, infinities, sorting with NaN.
using System;

class Program
{
    static double D(double x) => x;

    static void Main()
    {
        double nan = D(double.NaN), inf = D(double.PositiveInfinity), negZero = D(-0.0);
        Console.WriteLine($"{nan == nan} {nan != nan} {nan < 1} {nan > 1} {nan.Equals(nan)} {nan.CompareTo(nan)} {nan.CompareTo(0.0)}");
        Console.WriteLine($"{negZero == 0.0} {negZero.Equals(0.0)} {1 / negZero} {negZero} {0.0 * -1} {double.IsNegative(negZero)}");
        Console.WriteLine($"{inf - inf} {inf * 0} {inf + 1 == inf} {-inf} {inf > double.MaxValue}");
        Console.WriteLine($"{double.IsNaN(nan)} {double.IsInfinity(-inf)} {double.IsFinite(1e308)} {double.IsSubnormal(5e-324)}");
        double[] values = { 3, nan, -1, inf, negZero, 0.0, -inf, 2.5, nan };
        Array.Sort(values);
        Console.WriteLine(string.Join(" ", values));
        Console.WriteLine(Math.Max(nan, 1) + " " + Math.Min(-0.0, 0.0) + " " + double.MaxNumber(nan, 1));
        Console.WriteLine((float)nan + " " + (float)inf + " " + float.NaN.Equals(float.NaN));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(negZero).ToString("X16"));
        Console.WriteLine(double.Epsilon + " " + double.Epsilon / 2 + " " + double.MinValue + " " + double.MaxValue);
        Console.WriteLine(5e-324 * 0.5 + " " + 2.2250738585072014E-308 / 2);
        object boxedNan = nan;
        Console.WriteLine(boxedNan.Equals(nan) + " " + (nan == (double)boxedNan));
        Console.WriteLine(double.Parse("NaN") + " " + double.Parse("-Infinity") + " " + double.Parse("-0"));
        Console.WriteLine(Math.Sqrt(D(-0.0)) + " " + Math.Round(D(-0.4)) + " " + Math.Ceiling(D(-0.5)));
    }
}
