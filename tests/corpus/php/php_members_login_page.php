<?php
require __DIR__ . '/../lib/db.php';
session_start();

$error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('SELECT member_no, nickname FROM members WHERE login_name = ? AND passwd = ?');
    $stmt->execute([trim($_POST['login_name']), hash('sha256', $_POST['passwd'])]);
    $member = $stmt->fetch(PDO::FETCH_ASSOC);
    if ($member) {
        // expect: session-fixation
        $_SESSION['member_no'] = $member['member_no'];
        $_SESSION['nickname'] = $member['nickname'];
        header('Location: /members/home.php');
        exit();
    }
    $error = 'Login failed';
}

$news = $pdo->prepare('SELECT title FROM news WHERE published = ?');
$news->execute([1]);
// safe: session-fixation
$_SESSION['news_seen'] = count($news->fetchAll());
