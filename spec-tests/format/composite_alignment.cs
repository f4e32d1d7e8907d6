// Composite formatting: alignment, format strings, escaped braces, and a formatted table.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("[{0,8}] [{0,-8}] [{1,8:F2}] [{1,-8:F2}] [{2,3}]", "ab", Math.PI, "toolong"));
        Console.WriteLine(string.Format("{{literal}} {{{0}}} }}{{", 5));
        Console.WriteLine(string.Format("{0} {0} {1} {0}", "x", "y"));
        Console.WriteLine(string.Format("{0,5:X}|{1,-6:D3}|{2,10:E1}", 255, 7, 12345.678));
        Console.WriteLine(string.Format("{0}|{1}|{2}", null, "", 1.0));
        var rows = new (string Name, int Qty, decimal Price)[]
        {
            ("apple", 3, 0.5m), ("watermelon", 1, 3.25m), ("fig", 12, 0.3333m),
        };
        Console.WriteLine($"{"Item",-12}{"Qty",5}{"Price",10}{"Total",10}");
        Console.WriteLine(new string('-', 37));
        decimal grand = 0;
        foreach (var r in rows)
        {
            decimal total = r.Qty * r.Price;
            grand += total;
            Console.WriteLine($"{r.Name,-12}{r.Qty,5}{r.Price,10:F2}{total,10:N2}");
        }
        Console.WriteLine($"{"TOTAL",-27}{grand,10:C}");
        FormattableString fs = $"{42,6:X}|{DateTime.MinValue.Year}";
        Console.WriteLine(fs.Format + " -> " + fs.ToString() + " args=" + fs.ArgumentCount);
        Console.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:N2}|{1:P1}", 1234.5, 0.256));
        Console.WriteLine(((IFormattable)3.5).ToString("F3", null) + " " + 17.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
