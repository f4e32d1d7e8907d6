// Integer division by zero, int.MinValue / -1, and floating-point division by zero.
using System;

class Program
{
    static int I(int x) => x;
    static long L(long x) => x;

    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine($"{label}: {f()}"); }
        catch (Exception e) { Console.WriteLine($"{label}: {e.GetType().FullName}: {e.Message}"); }
    }

    static void Main()
    {
        Try("int / 0", () => I(1) / I(0));
        Try("int % 0", () => I(1) % I(0));
        Try("long / 0", () => L(1) / L(0));
        Try("uint / 0", () => (uint)I(1) / (uint)I(0));
        Try("ulong % 0", () => (ulong)L(1) % (ulong)L(0));
        Try("MinValue / -1", () => I(int.MinValue) / I(-1));
        Try("MinValue % -1", () => I(int.MinValue) % I(-1));
        Try("long MinValue / -1", () => L(long.MinValue) / L(-1));
        Try("long MinValue % -1", () => L(long.MinValue) % L(-1));
        Try("double / 0", () => 1.0 / I(0));
        Try("-double / 0", () => -1.0 / I(0));
        Try("0.0 / 0", () => 0.0 / I(0));
        Try("double % 0", () => 5.5 % I(0));
        Try("float / 0", () => 1f / I(0));
        Try("decimal / 0", () => 1m / I(0));
        Try("decimal % 0", () => 1m % I(0));
        Try("Math.DivRem", () => Math.DivRem(I(7), I(0)));
        Try("short / 0", () => (short)I(3) / (short)I(0));
        Try("byte / 0", () => (byte)I(3) / (byte)I(0));
        Try("-7 % 3", () => I(-7) % I(3));
        Try("-7.5 % 2", () => -7.5 % I(2));
        Try("Math.IEEERemainder", () => Math.IEEERemainder(7.5, 2));
    }
}
