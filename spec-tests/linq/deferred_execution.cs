// LINQ's deferred execution: queries are re-evaluated on each enumeration; ToList snapshots.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static int evaluations;

    static bool Pred(int x)
    {
        evaluations++;
        Console.Write($"[test {x}]");
        return x % 2 == 0;
    }

    static void Main()
    {
        var source = new List<int> { 1, 2, 3, 4 };
        var query = source.Where(Pred).Select(x => x * 10);
        Console.WriteLine("query built, evaluations=" + evaluations);
        source.Add(6);
        Console.WriteLine(" -> " + string.Join(",", query));
        Console.WriteLine("evaluations=" + evaluations);
        var snapshot = query.ToList();
        source.Add(8);
        Console.WriteLine();
        Console.WriteLine("snapshot=" + string.Join(",", snapshot) + " live=" + string.Join(",", query));
        Console.WriteLine();
        Console.WriteLine("First() stops early:");
        var first = source.Where(Pred).First();
        Console.WriteLine(" -> " + first);
        Console.WriteLine("Take(2) stops early:");
        Console.WriteLine(" -> " + string.Join(",", source.Where(Pred).Take(2)));
        Console.WriteLine("Count() evaluates all:");
        Console.WriteLine(" -> " + source.Count(Pred));
        IEnumerable<int> Numbers()
        {
            for (int i = 0; ; i++) { Console.Write($"<gen {i}>"); yield return i; }
        }
        Console.WriteLine("infinite source with Take:");
        Console.WriteLine(" -> " + string.Join(",", Numbers().Where(n => n % 3 == 0).Take(3)));
        var ordered = source.OrderBy(x => -x);
        source.Insert(0, 100);
        Console.WriteLine("OrderBy sees later insert: " + string.Join(",", ordered));
        try
        {
            var bad = source.Select(x => 10 / (x - 3));
            Console.WriteLine("bad query built");
            Console.WriteLine(string.Join(",", bad));
        }
        catch (DivideByZeroException) { Console.WriteLine("exception thrown only during enumeration"); }
    }
}
