// Exception filters (when) run during the first pass, before inner finally blocks execute.
using System;

class Program
{
    static bool Filter(string where, Exception e, bool result)
    {
        Console.WriteLine($"filter at {where} sees '{e.Message}' -> {result}");
        return result;
    }

    static void Inner()
    {
        try
        {
            try
            {
                Console.WriteLine("inner: throwing");
                throw new ApplicationException("boom");
            }
            finally
            {
                Console.WriteLine("inner: finally 1");
            }
        }
        catch (Exception e) when (Filter("inner", e, false))
        {
            Console.WriteLine("inner: catch (never)");
        }
        finally
        {
            Console.WriteLine("inner: finally 2");
        }
    }

    static void Middle()
    {
        try
        {
            Inner();
        }
        catch (ArgumentException)
        {
            Console.WriteLine("middle: wrong type, never");
        }
        catch (Exception e) when (Filter("middle", e, false))
        {
            Console.WriteLine("middle: never");
        }
        finally
        {
            Console.WriteLine("middle: finally");
        }
    }

    static void Main()
    {
        try
        {
            Middle();
        }
        catch (Exception e) when (Filter("outer-1", e, false))
        {
            Console.WriteLine("outer-1: never");
        }
        catch (Exception e) when (Filter("outer-2", e, true))
        {
            Console.WriteLine("outer-2: caught " + e.Message);
        }
        catch (Exception)
        {
            Console.WriteLine("outer-3: never");
        }
        Console.WriteLine("--- filter that throws is treated as false");
        try
        {
            try { throw new Exception("original"); }
            catch (Exception e) when (e.Data["missing"]!.ToString() == "x")
            {
                Console.WriteLine("never");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("outer caught " + e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("--- filter with side effect and variable");
        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                throw new TimeoutException("attempt " + attempts);
            }
            catch (TimeoutException e) when (attempts < 3)
            {
                Console.WriteLine("retrying after " + e.Message);
            }
            catch (TimeoutException e)
            {
                Console.WriteLine("giving up after " + e.Message);
                break;
            }
        }
    }
}
