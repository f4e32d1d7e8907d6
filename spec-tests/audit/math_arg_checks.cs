// Math argument checks and special values: Clamp with min > max throws, Abs of short/sbyte
// MinValue overflows, ILogB(NaN) is int.MaxValue, Asinh keeps the sign of -0.0.
using System;

class Program
{
    static void T(Func<object> f)
    {
        try { Console.WriteLine(f()); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
    }
    static void Main()
    {
        short s = short.MinValue; sbyte b = sbyte.MinValue;
        T(() => Math.Clamp(5.0, 3.0, 1.0));
        T(() => Math.Clamp(5, 3, 1));
        T(() => Math.Abs(s));
        T(() => Math.Abs(b));
        T(() => Math.ILogB(double.NaN));
        T(() => 1 / Math.Asinh(-0.0));
    }
}
