#include "appstartup.h"

int main(int argc, char* argv[])
{
    return appstartup::run(argc, argv);
}
