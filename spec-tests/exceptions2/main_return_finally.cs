// args: 3
// static int Main: the return value is computed before finally blocks mutate the variable; a
// return from a catch handler; a finally that itself returns is not allowed so it assigns instead
class Program
{
    static int code;
    static int Compute(int n)
    {
        try
        {
            if (n > 2) throw new Exception("big");
            return code = n;
        }
        catch (Exception)
        {
            code = 40 + n;
            return code;
        }
        finally
        {
            code += 100;
            Console.WriteLine("finally code=" + code);
        }
    }
    static int Main(string[] args)
    {
        int r = Compute(int.Parse(args[0]));
        Console.WriteLine("r=" + r + " code=" + code);
        try { return r; }
        finally { r = 200; Console.WriteLine("main finally r=" + r); }
    }
}
