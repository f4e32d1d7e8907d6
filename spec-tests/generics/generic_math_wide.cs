// Generic math (INumber<T>, IMinMaxValue<T>) over Int128, UInt128 and BigInteger: static
// abstract members reached through constrained calls on type parameters.
using System;
using System.Collections.Generic;
using System.Numerics;

class Program
{
    static T Sum<T>(IEnumerable<T> xs) where T : INumber<T> { T s = T.Zero; foreach (var x in xs) s += x; return s; }
    static T MaxPlusOne<T>(T a, T b) where T : INumber<T> => T.Max(a, b) + T.One;
    static string Info<T>(T v) where T : INumber<T>
    {
        T two = T.One + T.One;
        return $"sign={T.Sign(v)} neg={T.IsNegative(v)} abs={T.Abs(v)} even={T.IsEvenInteger(v)} clamp={T.Clamp(v, T.Zero, two)} "
            + $"maxmag={T.MaxMagnitude(v, T.One)} parse={T.Parse("12", null)} create={T.CreateChecked(7)} zero={T.IsZero(v)} half={v / two} mod3={v % (two + T.One)}";
    }
    static string MinMax<T>() where T : IMinMaxValue<T> => $"{T.MinValue}..{T.MaxValue}";
    static T Factorial<T>(int n) where T : INumber<T> { T r = T.One, k = T.One; for (int i = 1; i <= n; i++) { r *= k; k++; } return r; }

    static void Main()
    {
        Console.WriteLine("Int128  " + Sum(new Int128[] { 1, 2, -10 }) + " " + MaxPlusOne((Int128)5, 3));
        Console.WriteLine("  " + Info((Int128)(-9)));
        Console.WriteLine("  " + Info(Int128.MaxValue));
        Console.WriteLine("UInt128 " + Sum(new UInt128[] { 1, 2 }) + " " + MaxPlusOne<UInt128>(5, 3));
        Console.WriteLine("  " + Info((UInt128)9));
        Console.WriteLine("  " + Info(UInt128.MaxValue));
        Console.WriteLine("BigInteger " + Sum(new BigInteger[] { 1, 2 }) + " " + MaxPlusOne((BigInteger)5, 3) + " " + BigInteger.IsEvenInteger(4));
        Console.WriteLine("  " + Info(BigInteger.Pow(-3, 41)));
        Console.WriteLine(MinMax<Int128>());
        Console.WriteLine(MinMax<UInt128>());
        Console.WriteLine($"30! as Int128 {Factorial<Int128>(30)}, as BigInteger {Factorial<BigInteger>(30)}, 20! as long {Factorial<long>(20)}");
        try { Console.WriteLine(Factorial<Int128>(40)); }
        catch (OverflowException) { Console.WriteLine("?"); }
    }
}
