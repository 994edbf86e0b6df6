// The few GNU/Linux calls the workspace service needs that Swift's Glibc module does not show
// (they are behind _GNU_SOURCE): a pty pair, close-on-exec pipes, closing inherited descriptors
// in a spawned session.
#ifndef GONGKAI_SYS_H
#define GONGKAI_SYS_H

#include <spawn.h>

/// Opens a pty: *master (close-on-exec) and *slave (close-on-exec, not a controlling terminal).
/// Returns 0, or -1 with errno set.
int gk_open_pty(int *master, int *slave);

/// pipe2(fds, O_CLOEXEC).
int gk_pipe_cloexec(int fds[2]);

/// posix_spawn_file_actions_addclosefrom_np(actions, from).
int gk_spawn_closefrom(posix_spawn_file_actions_t *actions, int from);

#endif
