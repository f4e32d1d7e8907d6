// args: one two "three four" "" 5 "quote\"inside"
// A classic Main with a string[] parameter and an int return value.
using System;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("argc=" + args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            Console.WriteLine($"args[{i}] = [{args[i]}] (length {args[i].Length})");
        }
        return args.Length;
    }
}
