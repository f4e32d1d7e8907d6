// Parsing numbers with int.Parse / TryParse / double.Parse in the invariant culture.
using System;
using System.Globalization;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine($"{label} -> {f()}"); }
        catch (Exception e) { Console.WriteLine($"{label} -> {e.GetType().Name}: {e.Message}"); }
    }

    static void Main()
    {
        Try("int ' 42 '", () => int.Parse(" 42 "));
        Try("int '-0'", () => int.Parse("-0"));
        Try("int '+7'", () => int.Parse("+7"));
        Try("int '1,000'", () => int.Parse("1,000"));
        Try("int '1,000' thousands", () => int.Parse("1,000", NumberStyles.AllowThousands));
        Try("int 'abc'", () => int.Parse("abc"));
        Try("int ''", () => int.Parse(""));
        Try("int '99999999999'", () => int.Parse("99999999999"));
        Try("int hex 'ff'", () => int.Parse("ff", NumberStyles.HexNumber));
        Try("int hex 'FFFFFFFF'", () => int.Parse("FFFFFFFF", NumberStyles.HexNumber));
        Try("long", () => long.Parse("-9223372036854775808"));
        Try("ulong", () => ulong.Parse("18446744073709551615"));
        Try("byte '256'", () => byte.Parse("256"));
        Try("double '3.25'", () => double.Parse("3.25"));
        Try("double '1e-5'", () => double.Parse("1e-5"));
        Try("double '  -1.5E+3 '", () => double.Parse("  -1.5E+3 "));
        Try("double '0.1'", () => double.Parse("0.1") == 0.1);
        Try("double '1,5'", () => double.Parse("1,5"));
        Try("double '1.7976931348623159E+308'", () => double.Parse("1.7976931348623159E+308"));
        Try("double '4.9e-325'", () => double.Parse("4.9e-325"));
        Try("float '16777217'", () => float.Parse("16777217"));
        Try("bool 'TRUE'", () => bool.Parse("TRUE"));
        Try("bool 'yes'", () => bool.Parse("yes"));
        Try("char 'x'", () => char.Parse("x"));
        Console.WriteLine(int.TryParse("123", out int v1) + " " + v1);
        Console.WriteLine(int.TryParse("12x", out int v2) + " " + v2);
        Console.WriteLine(double.TryParse("Infinity", out double v3) + " " + v3);
        Console.WriteLine(long.TryParse((string?)null, out long v4) + " " + v4);
        Console.WriteLine(Convert.ToInt32("0x1F".Substring(2), 16) + " " + Convert.ToInt32("11111111111111111111111111111011", 2) + " " + Convert.ToInt64("777", 8));
        Try("Convert.ToInt32('-101', 2)", () => Convert.ToInt32("-101", 2));
    }
}
