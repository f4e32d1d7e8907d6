// Custom numeric format strings: digit placeholders, grouping, sections, percent, literals.
using System;

class Program
{
    static void Main()
    {
        double[] values = { 0, 1, -1, 0.5, 1234567.891, -0.004, 42.42, 1e-10 };
        string[] formats = { "0.00", "#.##", "#,##0.0", "000000", "0.###", "#,#", "0.0e+00", "0.00E0", "#%", "0.0‰", "#0.00;(#0.00);zero", "'val:'0.0", "\\#0", "00.00 'units'", "#,##0,", "#,##0,," };
        foreach (double v in values)
        {
            Console.Write($"{v,-12}");
            foreach (var f in formats) Console.Write($" [{v.ToString(f)}]");
            Console.WriteLine();
        }
        Console.WriteLine(255.ToString("0000") + " " + (-7).ToString("000;minus 000") + " " + 12345.ToString("#,##0") + " " + 5.ToString("#") + "|" + 0.ToString("#") + "|");
        Console.WriteLine(1234.5m.ToString("#,##0.00") + " " + 0.1m.ToString("0.000%"));
        Console.WriteLine(string.Format("{0:0.0}|{1:#,0}|{2:00}", 3.14159, 1000000, 7));
    }
}
