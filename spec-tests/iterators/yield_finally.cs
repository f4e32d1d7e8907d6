// finally blocks inside iterators run when the loop completes, when it breaks early (Dispose),
// and when an exception escapes the consumer loop; they do not run if the enumerator is abandoned.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Guarded(string name)
    {
        Console.WriteLine($"  [{name}] enter");
        try
        {
            for (int i = 1; i <= 3; i++)
            {
                try
                {
                    yield return i;
                }
                finally
                {
                    Console.WriteLine($"  [{name}] inner finally after {i}");
                }
            }
        }
        finally
        {
            Console.WriteLine($"  [{name}] outer finally");
        }
        Console.WriteLine($"  [{name}] after loop (only on completion)");
    }

    static void Main()
    {
        Console.WriteLine("complete:");
        foreach (var x in Guarded("complete")) Console.WriteLine("  item " + x);
        Console.WriteLine("break early:");
        foreach (var x in Guarded("break"))
        {
            Console.WriteLine("  item " + x);
            if (x == 2) break;
        }
        Console.WriteLine("exception in consumer:");
        try
        {
            foreach (var x in Guarded("throw"))
            {
                Console.WriteLine("  item " + x);
                throw new Exception("consumer failed at " + x);
            }
        }
        catch (Exception e) { Console.WriteLine("  caught: " + e.Message); }
        Console.WriteLine("manual dispose before start:");
        var en = Guarded("unstarted").GetEnumerator();
        en.Dispose();
        Console.WriteLine("  (nothing printed: finally not entered)");
        Console.WriteLine("manual MoveNext then Dispose:");
        var en2 = Guarded("manual").GetEnumerator();
        en2.MoveNext();
        en2.Dispose();
        Console.WriteLine("  MoveNext after dispose: " + en2.MoveNext());
        Console.WriteLine("LINQ First():");
        Console.WriteLine("  first = " + Guarded("linq").First());
    }
}
