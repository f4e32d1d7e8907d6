// System.Text.StringBuilder: append, insert, remove, replace, capacity growth, indexer.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append(123).Append('x').Append(true).Append(2.5).Append((object?)null).Append(-7L);
        Console.WriteLine(sb.ToString() + " len=" + sb.Length);
        sb.AppendLine();
        sb.AppendLine("line");
        sb.AppendFormat("{0:D3}|{1,4}|", 7, "r");
        sb.Append('-', 3);
        Console.Write(sb);
        Console.WriteLine();
        sb.Clear();
        Console.WriteLine("cleared len=" + sb.Length);
        for (int i = 0; i < 10; i++) sb.Append(i);
        sb.Insert(0, "<").Insert(sb.Length, ">").Insert(3, "__");
        Console.WriteLine(sb);
        sb.Remove(1, 4);
        Console.WriteLine(sb);
        sb.Replace("789", "seven-eight-nine").Replace('5', 'V');
        Console.WriteLine(sb);
        sb[0] = '[';
        sb[sb.Length - 1] = ']';
        Console.WriteLine(sb + " first=" + sb[0] + " " + sb.ToString(1, 3));
        sb.Length = 4;
        Console.WriteLine("[" + sb + "]");
        sb.Length = 6;
        Console.WriteLine("[" + sb.ToString().Replace('\0', '0') + "]");
        var big = new StringBuilder(4);
        for (int i = 0; i < 1000; i++) big.Append((char)('a' + i % 26));
        Console.WriteLine(big.Length + " " + big.ToString(990, 10) + " cap>=len " + (big.Capacity >= big.Length));
        var joined = new StringBuilder().AppendJoin(", ", new[] { "a", "b", "c" }).AppendJoin('/', 1, 2, 3);
        Console.WriteLine(joined);
        int x = 42;
        var interp = new StringBuilder();
        interp.Append($"x={x,4} hex={x:X}");
        Console.WriteLine(interp);
        Console.WriteLine(new StringBuilder("abc").Equals(new StringBuilder("abc")));
        try
        {
            new StringBuilder("abc").Remove(2, 5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }
}
