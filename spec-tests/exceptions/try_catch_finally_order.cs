// Order of execution through try / catch / finally blocks, across method calls.
using System;

class Program
{
    static void Log(string s) => Console.WriteLine(s);

    static void Thrower(int depth)
    {
        try
        {
            Log($"  thrower try depth={depth}");
            if (depth == 0) throw new InvalidOperationException("bottom");
            Thrower(depth - 1);
            Log("  not reached");
        }
        finally
        {
            Log($"  thrower finally depth={depth}");
        }
    }

    static int WithReturn()
    {
        int x = 1;
        try
        {
            Log("  WithReturn try, returning x=" + x);
            return x;
        }
        finally
        {
            x = 99;
            Log("  WithReturn finally sets x=" + x);
        }
    }

    static void Main()
    {
        Log("1. nested calls");
        try
        {
            Thrower(2);
        }
        catch (InvalidOperationException e)
        {
            Log("  caught " + e.Message);
        }
        finally
        {
            Log("  outer finally");
        }
        Log("2. return through finally: result=" + WithReturn());
        Log("3. loop with break/continue through finally");
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                Log("  body " + i);
            }
            finally
            {
                Log("  finally " + i);
            }
        }
        Log("4. no exception");
        try { Log("  try"); }
        catch { Log("  catch (not run)"); }
        finally { Log("  finally"); }
        Log("5. catch then continue");
        int caught = 0;
        for (int i = 0; i < 3; i++)
        {
            try { if (i % 2 == 0) throw new Exception("e" + i); Log("  ok " + i); }
            catch (Exception e) { caught++; Log("  caught " + e.Message); }
        }
        Log("caught=" + caught);
    }
}
