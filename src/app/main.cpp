#include "app/appstartup.h"

#include "platform/opensslexit.h"

int main(int argc, char* argv[])
{
    opensslexit::skipCleanupAtExit();
    return appstartup::run(argc, argv);
}
