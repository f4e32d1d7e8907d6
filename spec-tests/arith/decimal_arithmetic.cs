// System.Decimal: scale is preserved through arithmetic, 28-29 significant digits.
using System;

class Program
{
    static decimal M(decimal x) => x;

    static void Main()
    {
        Console.WriteLine(M(1.10m) + M(2.205m));
        Console.WriteLine(M(1.50m) * M(2.0m));
        Console.WriteLine(M(1m) / M(3m));
        Console.WriteLine(M(2m) / M(3m));
        Console.WriteLine(M(10m) / M(4m));
        Console.WriteLine(M(1.000m) - M(0.001m));
        Console.WriteLine(M(0.1m) + M(0.2m) == M(0.3m));
        Console.WriteLine(M(1.0m) == M(1.00m));
        Console.WriteLine(decimal.MaxValue);
        Console.WriteLine(decimal.MinValue);
        Console.WriteLine(M(-0.0m));
        Console.WriteLine(M(123.4500m) % M(10m));
        Console.WriteLine(M(-7.5m) % M(2m));
        Console.WriteLine(decimal.Truncate(M(-3.99m)) + " " + decimal.Floor(M(-3.01m)) + " " + decimal.Ceiling(M(3.01m)));
        Console.WriteLine(M(1m) / M(7m) * M(7m));
        Console.WriteLine(M(100m) * M(1.07m) * M(1.07m));
        Console.WriteLine((decimal)123.456f);
        Console.WriteLine((decimal)(1.0 / 3.0));
        Console.WriteLine(new decimal(12345, 0, 0, true, 3));
        int[] bits = decimal.GetBits(M(-1.23m));
        Console.WriteLine(string.Join(",", bits));
        Console.WriteLine(M(3.14159m).ToString("F2") + " " + M(1234567.891m).ToString("N1"));
        Console.WriteLine(decimal.Parse("  -00012.3400 ") + " " + decimal.Parse("1e3", System.Globalization.NumberStyles.Float));
        try { Console.WriteLine(M(79228162514264337593543950335m) / M(0.5m)); }
        catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
    }
}
