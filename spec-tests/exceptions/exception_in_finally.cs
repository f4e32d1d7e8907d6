// An exception thrown from a finally (or catch) block replaces the one in flight.
using System;

class Program
{
    static void Main()
    {
        try
        {
            try
            {
                throw new Exception("first");
            }
            finally
            {
                Console.WriteLine("finally runs, then throws");
                throw new Exception("from finally");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("caught: " + e.Message + ", inner=" + (e.InnerException?.Message ?? "none"));
        }

        try
        {
            try
            {
                throw new ArgumentException("arg");
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("catch handles " + e.Message + " and throws another");
                throw new InvalidOperationException("from catch");
            }
            finally
            {
                Console.WriteLine("finally after throwing catch");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("outer caught " + e.GetType().Name + ": " + e.Message);
        }

        int depth = 0;
        try
        {
            Recurse(ref depth);
        }
        catch (Exception e)
        {
            Console.WriteLine("after recursion: " + e.Message + " depth=" + depth);
        }
    }

    static void Recurse(ref int depth)
    {
        depth++;
        try
        {
            if (depth < 4) Recurse(ref depth);
            else throw new Exception("deepest");
        }
        finally
        {
            Console.WriteLine("unwinding finally at depth " + depth);
            depth--;
            if (depth == 2) throw new Exception("replaced at 2");
        }
    }
}
